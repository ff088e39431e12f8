package uk.youthjustice.library.accounts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The library's own security rules in a {@code @WebMvcTest} slice, instead of Spring
 * Boot's defaults: {@link SecurityConfiguration} with its database-backed collaborators
 * mocked (the throttle lets everyone through, no account exists).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(SecurityConfiguration.class)
@MockitoBean(types = { SignInThrottle.class, UserAccountRepository.class })
public @interface WithAccountsSecurity {

}
