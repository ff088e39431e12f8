/**
 * Full-text search over public resources, on the Hibernate Search index of the catalogue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package uk.youthjustice.library.search;
