/**
 * Editorial: the admin forms that create and change practice examples and guidance
 * documents, the Markdown preview, and the rules that keep two editors from overwriting
 * each other's work.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Editorial")
package uk.youthjustice.library.editorial;
