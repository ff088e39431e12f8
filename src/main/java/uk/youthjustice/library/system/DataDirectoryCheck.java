package uk.youthjustice.library.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.unit.DataSize;

/**
 * Checks the data directory before anything opens a file in it, so that an unreadable or
 * full disk stops start-up with one clear message instead of a database or index error.
 */
class DataDirectoryCheck implements EnvironmentPostProcessor, Ordered {

	static final String DATA_DIR = "library.data-dir";

	static final String MIN_FREE_SPACE = "library.min-free-space";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String configured = environment.getProperty(DATA_DIR, "data");
		DataSize minFree = environment.getProperty(MIN_FREE_SPACE, DataSize.class, DataSize.ofMegabytes(100));
		check(Path.of(configured).toAbsolutePath().normalize(), minFree);
	}

	/** After the configuration files are read, so the configured directory is checked. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	static void check(Path dataDir, DataSize minFree) {
		if (Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
			throw new DataDirectoryUnusableException(dataDir, "it is a file, not a directory");
		}
		try {
			Files.createDirectories(dataDir);
		}
		catch (IOException | SecurityException ex) {
			throw new DataDirectoryUnusableException(dataDir, "it does not exist and cannot be created (" + ex + ")");
		}
		if (!Files.isDirectory(dataDir) || !Files.isReadable(dataDir) || !Files.isWritable(dataDir)) {
			throw new DataDirectoryUnusableException(dataDir, "it is not a readable and writable directory");
		}
		probeWrite(dataDir);
		long usable = usableSpace(dataDir);
		if (usable < minFree.toBytes()) {
			throw new DataDirectoryUnusableException(dataDir, "only " + DataSize.ofBytes(usable).toMegabytes()
					+ " MB is free and at least " + minFree.toMegabytes() + " MB is needed");
		}
	}

	// Permission bits lie for root and on some mounts, so write a real file to be sure.
	private static void probeWrite(Path dataDir) {
		try {
			Path probe = Files.createTempFile(dataDir, ".write-check", ".tmp");
			Files.delete(probe);
		}
		catch (IOException ex) {
			throw new DataDirectoryUnusableException(dataDir,
					"a file cannot be written there (" + ex.getMessage() + ")");
		}
	}

	private static long usableSpace(Path dataDir) {
		try {
			return Files.getFileStore(dataDir).getUsableSpace();
		}
		catch (IOException ex) {
			throw new DataDirectoryUnusableException(dataDir,
					"its free space cannot be read (" + ex.getMessage() + ")");
		}
	}

}
