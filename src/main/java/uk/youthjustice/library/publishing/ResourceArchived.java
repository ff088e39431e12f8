package uk.youthjustice.library.publishing;

/**
 * A published resource was archived: the public no longer sees it; editors still can.
 *
 * @param id the resource's id
 * @param slug its address, which now answers "not found" to the public
 */
public record ResourceArchived(Long id, String slug) {
}
