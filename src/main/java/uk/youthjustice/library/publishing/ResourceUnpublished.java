package uk.youthjustice.library.publishing;

/**
 * A published resource went back to draft: the public no longer sees it.
 *
 * @param id the resource's id
 * @param slug its address, which now answers "not found"
 */
public record ResourceUnpublished(Long id, String slug) {
}
