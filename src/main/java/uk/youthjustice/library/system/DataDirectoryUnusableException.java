package uk.youthjustice.library.system;

import java.nio.file.Path;

/** The data directory cannot hold the library's files. */
class DataDirectoryUnusableException extends RuntimeException {

	private final Path dataDir;

	DataDirectoryUnusableException(Path dataDir, String reason) {
		super("The data directory " + dataDir + " cannot be used: " + reason + ".");
		this.dataDir = dataDir;
	}

	Path dataDir() {
		return this.dataDir;
	}

}
