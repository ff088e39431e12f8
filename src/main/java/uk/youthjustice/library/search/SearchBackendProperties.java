package uk.youthjustice.library.search;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which search engine holds the index, and how nodes share its changes
 * ({@code library.search.*}; docs/scaling.md).
 *
 * @param backend {@code lucene} (the default: an index in each node's data directory) or
 * {@code opensearch} (one index in an OpenSearch cluster that every node shares)
 * @param opensearch where the OpenSearch cluster is, when it is the backend
 * @param coordination {@code none} (the default: each node indexes what it changes
 * itself) or {@code outbox-polling} (changes are queued in the database and indexed by
 * whichever node polls them, which several nodes on one OpenSearch index need)
 */
@ConfigurationProperties("library.search")
public record SearchBackendProperties(Backend backend, OpenSearch opensearch, Coordination coordination) {

	public SearchBackendProperties {
		backend = (backend != null) ? backend : Backend.LUCENE;
		opensearch = (opensearch != null) ? opensearch : new OpenSearch(null, null, null);
		coordination = (coordination != null) ? coordination : Coordination.NONE;
	}

	/** Whether the index is Lucene in this node's data directory. */
	public boolean isLucene() {
		return this.backend == Backend.LUCENE;
	}

	/** The search engines the library can index into. */
	public enum Backend {

		LUCENE, OPENSEARCH

	}

	/** How index changes reach the index when several nodes share it. */
	public enum Coordination {

		NONE, OUTBOX_POLLING

	}

	/**
	 * The OpenSearch cluster ({@code library.search.opensearch.*}).
	 *
	 * @param uris its nodes' addresses, such as {@code https://search-1:9200}
	 * @param username the user to sign in as, if the cluster asks for one
	 * @param password that user's password
	 */
	public record OpenSearch(List<String> uris, String username, String password) {

		public OpenSearch {
			uris = (uris != null && !uris.isEmpty()) ? List.copyOf(uris) : List.of("http://localhost:9200");
		}

	}

}
