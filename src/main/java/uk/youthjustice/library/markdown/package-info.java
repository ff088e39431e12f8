/**
 * Text that editors write: Markdown turned into sanitised HTML with GOV.UK classes, and
 * the rule for which links the library will put on a page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Markdown")
package uk.youthjustice.library.markdown;
