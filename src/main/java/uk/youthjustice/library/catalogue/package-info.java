/**
 * The catalogue: resources (practice examples and guidance documents), the categories and
 * topics they are filed under, evidence labels, and the public pages that list them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue")
package uk.youthjustice.library.catalogue;
