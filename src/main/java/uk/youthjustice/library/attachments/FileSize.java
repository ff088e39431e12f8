package uk.youthjustice.library.attachments;

/**
 * A file's size as people read it: "1.2 MB" rather than 1,258,291 bytes.
 *
 * @param bytes the exact size
 */
public record FileSize(long bytes) {

	private static final String[] UNITS = { "BYTES", "KB", "MB", "GB" };

	private static final double STEP = 1024;

	/** The unit that keeps the size under 1,024 of it: BYTES, KB, MB or GB. */
	public String unit() {
		return UNITS[unitIndex()];
	}

	/** The size in {@link #unit()}, for showing to one decimal place. */
	public double amount() {
		return this.bytes / Math.pow(STEP, unitIndex());
	}

	private int unitIndex() {
		int index = 0;
		double size = this.bytes;
		while (size >= STEP && index < UNITS.length - 1) {
			size /= STEP;
			index++;
		}
		return index;
	}

}
