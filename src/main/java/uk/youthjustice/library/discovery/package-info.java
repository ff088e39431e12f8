/**
 * How readers and search engines find the library: Atom feeds of new resources, the
 * sitemap and robots.txt.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Discovery")
package uk.youthjustice.library.discovery;
