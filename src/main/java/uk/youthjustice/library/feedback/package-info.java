/**
 * Feedback: "Is this page useful?" answers and reported problems, for editors to review.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feedback")
package uk.youthjustice.library.feedback;
