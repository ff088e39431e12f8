package uk.youthjustice.library.attachments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import uk.youthjustice.library.system.LibraryProperties;
import uk.youthjustice.library.system.OperationsProperties;

/**
 * The {@code storage} health check, part of readiness: free space on the disks of the
 * data directory (database, search index) and the content store, each at least
 * {@code library.operations.min-free-space}, and the content store writable. A node whose
 * uploads would fail for want of space stops taking requests before they do.
 */
@Component
class StorageHealthIndicator implements HealthIndicator {

	private final Map<String, Path> directories = new LinkedHashMap<>();

	private final long threshold;

	private final ContentStore store;

	StorageHealthIndicator(LibraryProperties library, AttachmentsProperties attachments,
			OperationsProperties operations) {
		this(library, attachments, operations, null);
	}

	@Autowired
	StorageHealthIndicator(LibraryProperties library, AttachmentsProperties attachments,
			OperationsProperties operations, ContentStore store) {
		this.directories.put("dataDirectory", library.dataDir());
		this.directories.put("contentStore", AttachmentsConfiguration.storeRoot(attachments, library));
		this.threshold = operations.minFreeSpace().toBytes();
		this.store = store;
	}

	@Override
	public Health health() {
		Health.Builder health = Health.up().withDetail("threshold", this.threshold);
		this.directories.forEach((name, directory) -> {
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("path", directory.toAbsolutePath().toString());
			try {
				long free = Files.getFileStore(existing(directory)).getUsableSpace();
				details.put("free", free);
				if (free < this.threshold) {
					health.down();
					details.put("problem", "less free space than library.operations.min-free-space");
				}
				else if (Files.isDirectory(directory) && !Files.isWritable(directory)) {
					health.down();
					details.put("problem", "not writable");
				}
			}
			catch (IOException | RuntimeException ex) {
				health.down();
				details.put("problem", ex.toString());
			}
			health.withDetail(name, details);
		});
		if (this.store instanceof S3ContentStore bucket) {
			// The bucket's free space is the store's business; whether it answers is
			// ours.
			String problem = bucket.problem();
			if (problem != null) {
				health.down().withDetail("objectStore", Map.of("problem", problem));
			}
		}
		return health.build();
	}

	/** The directory, or its nearest existing parent before it is created. */
	private static Path existing(Path directory) {
		Path candidate = directory.toAbsolutePath();
		while (candidate != null && !Files.exists(candidate)) {
			candidate = candidate.getParent();
		}
		if (candidate == null) {
			throw new IllegalStateException("No part of " + directory + " exists");
		}
		return candidate;
	}

}
