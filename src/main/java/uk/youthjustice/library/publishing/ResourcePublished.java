package uk.youthjustice.library.publishing;

/**
 * A resource became public: published at once, by the scheduler, or again after being
 * unpublished. Its publication time may be in the past for a scheduled one.
 *
 * @param id the resource's id
 * @param slug its address
 */
public record ResourcePublished(Long id, String slug) {
}
