package uk.youthjustice.library.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A list index at or past the binder's limit of 256 ("aims[300]") makes Spring's
 * constructor binding of a record form throw IndexOutOfBoundsException instead of
 * reporting a binding error. No browser sends one; it is refused with a page saying
 * nothing was saved, rather than answered with the 500 page. Limited to controllers
 * marked {@link ListForm}, so a real bug elsewhere still shows as one.
 */
@ControllerAdvice(annotations = ListForm.class)
class ListFormAdvice {

	static final String VIEW = "error/form-not-understood";

	@ExceptionHandler(IndexOutOfBoundsException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String notUnderstood() {
		return VIEW;
	}

}
