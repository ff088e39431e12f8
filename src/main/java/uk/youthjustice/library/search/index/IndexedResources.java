package uk.youthjustice.library.search.index;

import java.time.Clock;

import jakarta.persistence.EntityManager;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.ResourceStatus;
import uk.youthjustice.library.search.OpenSearchIndex;
import uk.youthjustice.library.search.SearchBackendProperties;

/** Counts of resources in the database and in the index, to compare them. */
@Repository
@Transactional(readOnly = true)
class IndexedResources {

	private final EntityManager entityManager;

	private final Clock clock;

	private final SearchBackendProperties backend;

	private final OpenSearchIndex openSearch;

	IndexedResources(EntityManager entityManager, Clock clock, SearchBackendProperties backend,
			OpenSearchIndex openSearch) {
		this.entityManager = entityManager;
		this.clock = clock;
		this.backend = backend;
		this.openSearch = openSearch;
	}

	/** Every resource, whatever its status: the index holds them all. */
	long inDatabase() {
		return this.entityManager.createQuery("select count(r) from Resource r", Long.class).getSingleResult();
	}

	/** The resources the public can see now. */
	long publicInDatabase() {
		return this.entityManager
			.createQuery("select count(r) from Resource r where r.status = :published and r.publishedAt <= :now",
					Long.class)
			.setParameter("published", ResourceStatus.PUBLISHED)
			.setParameter("now", this.clock.instant())
			.getSingleResult();
	}

	/**
	 * The resources in the index.
	 * @throws RuntimeException if the index cannot be searched
	 */
	long inIndex() {
		return Search.session(this.entityManager)
			.search(Resource.class)
			.where((f) -> f.matchAll())
			.fetchTotalHitCount();
	}

	/**
	 * The index's size on disk, in bytes: on OpenSearch its primary shards', one copy of
	 * the index as on a Lucene node.
	 */
	long sizeInBytes() {
		if (!this.backend.isLucene()) {
			return this.openSearch.storeSizeInBytes();
		}
		return Search.mapping(this.entityManager.getEntityManagerFactory())
			.indexedEntity(Resource.class)
			.indexManager()
			.unwrap(LuceneIndexManager.class)
			.computeSizeInBytes();
	}

}
