package uk.youthjustice.library.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import jakarta.persistence.EntityManagerFactory;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.elasticsearch.index.ElasticsearchIndexManager;
import org.hibernate.search.backend.elasticsearch.metamodel.ElasticsearchIndexDescriptor;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

import uk.youthjustice.library.catalogue.Resource;

/**
 * Requests to the resources' index in OpenSearch that Hibernate Search has no API for
 * (the term suggester, the index's size, its analysis settings), sent with the backend's
 * own low-level client: its addresses, credentials and connection pool. Nothing is asked
 * of Hibernate Search before the first request, so on Lucene this bean stays idle.
 */
@Component
public class OpenSearchIndex {

	private final EntityManagerFactory entityManagerFactory;

	OpenSearchIndex(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	/** A search of the index, through the alias Hibernate Search reads from. */
	JsonObject search(JsonObject body) {
		return send("POST", "/" + descriptor().readName() + "/_search", body);
	}

	/**
	 * The size of the index's primary shards, in bytes: what one copy of it takes, like a
	 * Lucene index on a node's disk; replicas take as much again each.
	 */
	public long storeSizeInBytes() {
		JsonObject stats = send("GET", "/" + descriptor().readName() + "/_stats/store", null);
		return storeSizeInBytes(stats);
	}

	static long storeSizeInBytes(JsonObject stats) {
		return stats.getAsJsonObject("_all")
			.getAsJsonObject("primaries")
			.getAsJsonObject("store")
			.get("size_in_bytes")
			.getAsLong();
	}

	/**
	 * The name of the index behind the alias Hibernate Search writes to: closing and
	 * opening take an index, not an alias.
	 */
	String writtenIndex() {
		String alias = descriptor().writeName();
		JsonObject aliases = send("GET", "/_alias/" + alias, null);
		if (aliases.size() != 1) {
			throw new IllegalStateException("The alias " + alias + " names " + aliases.keySet() + ", not one index");
		}
		return aliases.keySet().iterator().next();
	}

	/**
	 * Sends a request and reads its JSON answer.
	 * @param body the request's JSON, or {@code null} for none
	 * @throws UncheckedIOException if OpenSearch cannot be reached or refuses the request
	 */
	JsonObject send(String method, String endpoint, JsonObject body) {
		return send(method, endpoint, Map.of(), body);
	}

	JsonObject send(String method, String endpoint, Map<String, String> parameters, JsonObject body) {
		Request request = new Request(method, endpoint);
		request.addParameters(parameters);
		if (body != null) {
			request.setJsonEntity(body.toString());
		}
		try {
			Response response = client().performRequest(request);
			JsonElement answer = JsonParser.parseString(EntityUtils.toString(response.getEntity()));
			return answer.isJsonObject() ? answer.getAsJsonObject() : new JsonObject();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(method + " " + endpoint + " failed", ex);
		}
	}

	private RestClient client() {
		return Search.mapping(this.entityManagerFactory)
			.backend()
			.unwrap(ElasticsearchBackend.class)
			.client(RestClient.class);
	}

	private ElasticsearchIndexDescriptor descriptor() {
		return Search.mapping(this.entityManagerFactory)
			.indexedEntity(Resource.class)
			.indexManager()
			.unwrap(ElasticsearchIndexManager.class)
			.descriptor();
	}

}
