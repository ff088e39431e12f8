/**
 * Information: the accessibility statement, the privacy notice and the cookies page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Information")
package uk.youthjustice.library.information;
