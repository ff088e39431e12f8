/**
 * Accounts: editors and administrators, their passwords, sign-in and the first
 * administrator's setup.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package uk.youthjustice.library.accounts;
