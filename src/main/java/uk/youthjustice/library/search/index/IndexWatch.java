package uk.youthjustice.library.search.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import uk.youthjustice.library.search.SearchBackendProperties;
import uk.youthjustice.library.system.LibraryCommands;

/**
 * Notices an index whose files were deleted while the library runs (someone cleaning the
 * disk, a restore that removed {@code index/}), and rebuilds it. Searches would go on
 * answering from the files the index had open, but nothing written since could be kept,
 * and the next start would find no index: so a rebuild starts at once, the site serving
 * meanwhile with search saying it is rebuilding. It looks every
 * {@code library.search.index.watch-interval}; the health check asks it too. On
 * OpenSearch the node has no index files to lose, and a rebuild for files it never had
 * would drop the index every node shares: it never finds one missing there.
 */
@Component
@ConditionalOnBooleanProperty(name = LibraryCommands.COMMAND_LINE, havingValue = false, matchIfMissing = true)
class IndexWatch {

	private static final Logger log = LoggerFactory.getLogger(IndexWatch.class);

	private final SearchIndex index;

	private final IndexDirectory directory;

	private final EntityManagerFactory entityManagerFactory;

	private final SearchBackendProperties backend;

	/** The indexes seen with a commit on disk. */
	private final Set<String> committed = ConcurrentHashMap.newKeySet();

	IndexWatch(SearchIndex index, IndexDirectory directory, EntityManagerFactory entityManagerFactory,
			SearchBackendProperties backend) {
		this.index = index;
		this.directory = directory;
		this.entityManagerFactory = entityManagerFactory;
		this.backend = backend;
	}

	@Scheduled(fixedDelayString = "${library.search.index.watch-interval:30s}",
			initialDelayString = "${library.search.index.watch-interval:30s}")
	void check() {
		if (this.index.isRebuilding()) {
			return;
		}
		List<String> missing = missing();
		if (missing.isEmpty()) {
			return;
		}
		log.warn(
				"The search index's files are gone from {} ({}); rebuilding it from the database. Search "
						+ "results are incomplete until it finishes.",
				this.directory.root(), String.join(", ", missing));
		// Seen afresh once the rebuild has written the index again.
		this.committed.clear();
		recreateDirectories(missing);
		try {
			this.index.rebuild(RebuildReason.DELETED, null);
		}
		catch (RebuildRefused ex) {
			log.info("A rebuild is already running");
		}
	}

	/**
	 * The indexes whose directory or last commit is no longer on disk; empty while a
	 * rebuild runs, which may have dropped them on purpose, and on OpenSearch.
	 */
	List<String> missing() {
		List<String> missing = new ArrayList<>();
		if (this.index.isRebuilding() || !this.backend.isLucene()) {
			return missing;
		}
		for (SearchIndexedEntity<?> entity : Search.mapping(this.entityManagerFactory).allIndexedEntities()) {
			String name = entity.indexManager().descriptor().hibernateSearchName();
			Path index = this.directory.root().resolve(name);
			// A new index may have no commit until its first document: only a commit seen
			// before and gone now, or no directory at all, means files were deleted.
			boolean committed = hasCommit(index);
			if (!Files.isDirectory(index) || (!committed && this.committed.contains(name))) {
				missing.add(name);
			}
			else if (committed) {
				this.committed.add(name);
			}
		}
		return missing;
	}

	/**
	 * An empty directory where each index was: the rebuild drops the index's directory
	 * before creating it anew, and Hibernate Search fails to drop one that is not there.
	 */
	private void recreateDirectories(List<String> missing) {
		for (String name : missing) {
			try {
				Files.createDirectories(this.directory.root().resolve(name));
			}
			catch (IOException ex) {
				log.warn("Could not create the index directory {}: {}", this.directory.root().resolve(name),
						ex.toString());
			}
		}
	}

	private static boolean hasCommit(Path index) {
		if (!Files.isDirectory(index)) {
			return false;
		}
		try (Directory lucene = FSDirectory.open(index)) {
			return DirectoryReader.indexExists(lucene);
		}
		catch (IOException ex) {
			return false;
		}
	}

}
