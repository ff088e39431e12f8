package uk.youthjustice.library.search;

import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.index.IndexReader;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;

import uk.youthjustice.library.catalogue.Resource;

/**
 * The resources' Lucene index, read directly for what Hibernate Search has no API for:
 * how common a word is, close spellings, where in a file the words are.
 */
final class ResourceIndexReader {

	private ResourceIndexReader() {
	}

	/** A reader of the index as it is now; the caller closes it. */
	static IndexReader open(EntityManagerFactory entityManagerFactory) {
		return Search.mapping(entityManagerFactory)
			.scope(Resource.class)
			.extension(LuceneExtension.get())
			.openIndexReader();
	}

}
