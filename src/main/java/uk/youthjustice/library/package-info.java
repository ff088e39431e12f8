/**
 * Root of the library. Each sub-package is one feature module; see docs/architecture.md.
 */
package uk.youthjustice.library;
