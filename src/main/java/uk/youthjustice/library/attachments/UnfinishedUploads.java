package uk.youthjustice.library.attachments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

import jakarta.servlet.MultipartConfigElement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.youthjustice.library.system.LibraryCommands;

/**
 * Clears away what a run of the library killed mid-upload left behind, so that nothing
 * half-received lingers: the servlet container's part files in the multipart location
 * ({@code <data-dir>/uploads}, this node's own, emptied before requests are taken) and
 * the content store's unfinished files last written before this run began. Neither was
 * ever visible: a file gets an address and an attachment row only once whole. Not while a
 * command runs: the serving library may be receiving uploads beside it.
 */
@Component
@ConditionalOnBooleanProperty(name = LibraryCommands.COMMAND_LINE, havingValue = false, matchIfMissing = true)
class UnfinishedUploads {

	private static final Logger log = LoggerFactory.getLogger(UnfinishedUploads.class);

	private final ContentStore store;

	UnfinishedUploads(ContentStore store, MultipartConfigElement multipart) {
		this.store = store;
		emptyPartsDirectory(Path.of(multipart.getLocation()));
	}

	@EventListener(ApplicationReadyEvent.class)
	void discardUnfinished() {
		Instant started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
		try {
			int discarded = this.store.discardUnfinished(started);
			if (discarded > 0) {
				log.info("Discarded {} unfinished upload(s) left by an earlier run", discarded);
			}
		}
		catch (IOException ex) {
			log.warn("Could not look for unfinished uploads; the orphan sweep removes them later", ex);
		}
	}

	private static void emptyPartsDirectory(Path directory) {
		try {
			Files.createDirectories(directory);
			int deleted = 0;
			try (Stream<Path> files = Files.list(directory)) {
				for (Path file : (Iterable<Path>) files::iterator) {
					if (Files.isRegularFile(file) && Files.deleteIfExists(file)) {
						deleted++;
					}
				}
			}
			if (deleted > 0) {
				log.info("Deleted {} part(s) of uploads an earlier run was receiving when it stopped", deleted);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The upload directory " + directory + " cannot be prepared", ex);
		}
	}

}
