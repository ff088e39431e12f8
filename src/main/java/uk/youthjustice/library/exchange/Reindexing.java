package uk.youthjustice.library.exchange;

import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.springframework.stereotype.Component;

/**
 * Adds imported resources to the search index. The import writes rows, which Hibernate
 * Search does not see, so its mass indexer reads them back, a thousand at a time, without
 * emptying the index first: search goes on working for everything else meanwhile.
 */
@Component
class Reindexing {

	/** The name of the catalogue's indexed entity. */
	static final String RESOURCE_ENTITY = "Resource";

	private static final int CHUNK = 1000;

	private final EntityManagerFactory entityManagers;

	Reindexing(EntityManagerFactory entityManagers) {
		this.entityManagers = entityManagers;
	}

	void resources(List<Long> ids) throws InterruptedException {
		Class<?> resource = Search.mapping(this.entityManagers).indexedEntity(RESOURCE_ENTITY).javaClass();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
			MassIndexer indexer = Search.mapping(this.entityManagers)
				.scope(resource)
				.massIndexer()
				.purgeAllOnStart(false)
				.dropAndCreateSchemaOnStart(false)
				.mergeSegmentsOnFinish(false)
				.threadsToLoadObjects(1);
			indexer.type(resource).reindexOnly("e.id in (:ids)").param("ids", chunk);
			indexer.startAndWait();
		}
	}

}
