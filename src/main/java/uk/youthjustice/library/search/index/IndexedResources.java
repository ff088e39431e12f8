package uk.youthjustice.library.search.index;

import java.time.Clock;

import jakarta.persistence.EntityManager;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.ResourceStatus;
import uk.youthjustice.library.search.SearchBackendProperties;

/** Counts of resources in the database and in the index, to compare them. */
@Repository
@Transactional(readOnly = true)
class IndexedResources {

	private final EntityManager entityManager;

	private final Clock clock;

	private final SearchBackendProperties backend;

	IndexedResources(EntityManager entityManager, Clock clock, SearchBackendProperties backend) {
		this.entityManager = entityManager;
		this.clock = clock;
		this.backend = backend;
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

	/** The index's size on disk, in bytes. */
	long sizeInBytes() {
		if (!this.backend.isLucene()) {
			// OpenSearch reports sizes per shard and replica: its own tools say it
			// better.
			return -1;
		}
		return Search.mapping(this.entityManager.getEntityManagerFactory())
			.indexedEntity(Resource.class)
			.indexManager()
			.unwrap(LuceneIndexManager.class)
			.computeSizeInBytes();
	}

}
