package uk.youthjustice.library.search.index;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.youthjustice.library.search.index.IndexDirectory.Found;
import uk.youthjustice.library.search.index.IndexDirectory.Marker;
import uk.youthjustice.library.system.LibraryCommands;

/**
 * Once the library has started, compares the index with the database and the marker, and
 * rebuilds it in the background if it is missing, empty, unreadable or built with another
 * mapping version. The site serves meanwhile, and search says it is rebuilding. Not while
 * a command runs: the {@code reindex} command rebuilds anyway.
 */
@Component
@ConditionalOnBooleanProperty(name = LibraryCommands.COMMAND_LINE, havingValue = false, matchIfMissing = true)
class StartupIndexCheck {

	private static final Logger log = LoggerFactory.getLogger(StartupIndexCheck.class);

	private final SearchIndex index;

	private final IndexDirectory directory;

	private final IndexedResources resources;

	StartupIndexCheck(SearchIndex index, IndexDirectory directory, IndexedResources resources) {
		this.index = index;
		this.directory = directory;
		this.resources = resources;
	}

	@EventListener(ApplicationReadyEvent.class)
	void check() {
		long documents;
		try {
			documents = this.resources.inIndex();
		}
		catch (RuntimeException ex) {
			log.warn("The search index cannot be searched ({}); it will be rebuilt", ex.toString());
			documents = -1;
		}
		long inDatabase = this.resources.inDatabase();
		Optional<Marker> marker = this.directory.marker();
		Verdict verdict = verdict(this.directory.found(), documents, inDatabase, marker);
		if (verdict.recordVersion()) {
			// Everything in a new index was written by this version as editors worked.
			this.index.markKeptUp(documents);
		}
		if (verdict.rebuild() != null) {
			log.warn(
					"Rebuilding the search index in the background ({}: {} resources in the index, {} in the "
							+ "database, built with mapping version {}, this version uses {}); search results are "
							+ "incomplete until it finishes",
					verdict.rebuild(), documents, inDatabase,
					marker.map((m) -> Integer.toString(m.mappingVersion())).orElse("unknown"),
					SearchIndex.MAPPING_VERSION);
			try {
				this.index.rebuild(verdict.rebuild(), null);
			}
			catch (RebuildRefused ex) {
				log.info("A rebuild is already running");
			}
		}
	}

	/**
	 * What to do, given what the directory held at start-up, what the index holds now
	 * (-1: it cannot be searched), what the database holds and the marker.
	 */
	static Verdict verdict(Found found, long documents, long inDatabase, Optional<Marker> marker) {
		if (documents < 0) {
			return Verdict.rebuild(RebuildReason.UNREADABLE);
		}
		if (found == Found.MOVED_ASIDE) {
			return (inDatabase > 0) ? Verdict.rebuild(RebuildReason.BROKEN) : Verdict.RECORD_VERSION;
		}
		if (documents == 0 && inDatabase > 0) {
			return Verdict.rebuild((found == Found.MISSING) ? RebuildReason.MISSING : RebuildReason.EMPTY);
		}
		if (marker.isEmpty()) {
			// A new index that has kept up with the database needs no rebuild; any other
			// without a marker is from before markers, or from a rebuild that never
			// ended.
			return (found == Found.MISSING && documents == inDatabase) ? Verdict.RECORD_VERSION
					: Verdict.rebuild(RebuildReason.OUTDATED);
		}
		if (marker.get().mappingVersion() != SearchIndex.MAPPING_VERSION) {
			return Verdict.rebuild(RebuildReason.OUTDATED);
		}
		return Verdict.NOTHING;
	}

	/**
	 * What the check decided.
	 *
	 * @param rebuild why to rebuild, or {@code null} not to
	 * @param recordVersion whether to write the marker for an index that needs no rebuild
	 */
	record Verdict(RebuildReason rebuild, boolean recordVersion) {

		static final Verdict NOTHING = new Verdict(null, false);

		static final Verdict RECORD_VERSION = new Verdict(null, true);

		static Verdict rebuild(RebuildReason reason) {
			return new Verdict(reason, false);
		}

	}

}
