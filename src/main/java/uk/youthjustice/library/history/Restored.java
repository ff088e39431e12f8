package uk.youthjustice.library.history;

/**
 * What restoring a version did.
 *
 * @param path where to go next: the new draft's admin page, or the item's history
 * @param version the version restored
 * @param name the restored version's name
 * @param partly whether some of what it referred to no longer exists and was left out
 */
public record Restored(String path, int version, String name, boolean partly) {
}
