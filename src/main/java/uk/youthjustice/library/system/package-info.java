/**
 * What every feature stands on: settings, the data directory, start-up checks, search
 * analysis, the page layout and error pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System")
package uk.youthjustice.library.system;
