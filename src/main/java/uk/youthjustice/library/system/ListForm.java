package uk.youthjustice.library.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller whose forms bind list fields ({@code aims[0]}, {@code aims[1]}…), so
 * that {@link ListFormAdvice} answers an impossible list index with 400 instead of 500.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ListForm {

}
