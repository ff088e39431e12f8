/** Demo content: fills a new, empty library so a newcomer sees it working. */
@org.springframework.modulith.ApplicationModule(displayName = "Demo content")
package uk.youthjustice.library.demo;
