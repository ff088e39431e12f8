/**
 * Publishing: the workflow that takes a resource from draft to published (now or at a
 * scheduled time), back to draft and to archived; the completeness rules checked first;
 * the scheduler; and the admin overview and preview of a resource.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publishing")
package uk.youthjustice.library.publishing;
