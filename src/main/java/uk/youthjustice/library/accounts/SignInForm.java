package uk.youthjustice.library.accounts;

/**
 * The sign-in form's fields, for the page to show them again. Spring Security reads the
 * posted form itself; this record is never bound from a request.
 *
 * @param username the email address
 * @param password always empty: a password is never shown again
 */
record SignInForm(String username, String password) {

}
