package uk.youthjustice.library.search;

import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Puts the saved synonyms into the OpenSearch index's analysis settings, so that a
 * rebuild indexes with them. OpenSearch fixes an index's analysis when it creates the
 * index, and changes it only while the index is closed: closing it makes searches on
 * every node fail for the moment it takes, so it is done only when the rules differ, and
 * just before a rebuild empties the index anyway.
 */
@Component
public class OpenSearchSynonyms {

	private static final Logger log = LoggerFactory.getLogger(OpenSearchSynonyms.class);

	/** How long opening the index may take before the rebuild goes ahead regardless. */
	private static final String OPEN_TIMEOUT = "60s";

	private final SearchBackendProperties backend;

	private final OpenSearchIndex index;

	private final OpenSearchAnalysisConfigurer analysis;

	OpenSearchSynonyms(SearchBackendProperties backend, OpenSearchIndex index, OpenSearchAnalysisConfigurer analysis) {
		this.backend = backend;
		this.index = index;
		this.analysis = analysis;
	}

	/**
	 * Makes the index's synonym filter the one with the saved rules, if it is not; does
	 * nothing on Lucene, whose indexing analyzer reads the synonyms itself.
	 * @throws java.io.UncheckedIOException if OpenSearch refuses, in which case the index
	 * is open again with the synonyms it had
	 */
	public void putInIndex() {
		if (this.backend.isLucene()) {
			return;
		}
		JsonObject wanted = this.analysis.synonymFilter();
		String name = this.index.writtenIndex();
		JsonObject settings = this.index.send("GET",
				"/" + name + "/_settings/index.analysis.filter." + OpenSearchAnalysisConfigurer.SYNONYMS + ".*", null);
		if (rules(inIndex(settings, name)).equals(rules(wanted))) {
			return;
		}
		log.info("Putting the saved search synonyms into the OpenSearch index {}", name);
		this.index.send("POST", "/" + name + "/_close", null);
		try {
			this.index.send("PUT", "/" + name + "/_settings", change(wanted));
		}
		finally {
			this.index.send("POST", "/" + name + "/_open", null);
			JsonObject health = this.index.send("GET", "/_cluster/health/" + name,
					Map.of("wait_for_status", "yellow", "timeout", OPEN_TIMEOUT), null);
			if (health.has("timed_out") && health.get("timed_out").getAsBoolean()) {
				log.warn("The OpenSearch index {} was not ready within {} of opening", name, OPEN_TIMEOUT);
			}
		}
	}

	/**
	 * The synonym filter in the answer to a {@code GET <index>/_settings}, or an empty
	 * one.
	 */
	static JsonObject inIndex(JsonObject settings, String name) {
		JsonObject node = settings;
		for (String key : List.of(name, "settings", "index", "analysis", "filter",
				OpenSearchAnalysisConfigurer.SYNONYMS)) {
			JsonElement child = node.get(key);
			if (child == null || !child.isJsonObject()) {
				return new JsonObject();
			}
			node = child.getAsJsonObject();
		}
		return node;
	}

	/** A filter's rules, whether it has none, one or several. */
	static List<String> rules(JsonObject filter) {
		JsonElement rules = filter.get("synonyms");
		if (rules == null || rules.isJsonNull()) {
			return List.of();
		}
		if (!rules.isJsonArray()) {
			return List.of(rules.getAsString());
		}
		return rules.getAsJsonArray().asList().stream().map(JsonElement::getAsString).toList();
	}

	/** The settings update that puts the filter in. */
	static JsonObject change(JsonObject filter) {
		JsonObject filters = new JsonObject();
		filters.add(OpenSearchAnalysisConfigurer.SYNONYMS, filter);
		JsonObject analysis = new JsonObject();
		analysis.add("filter", filters);
		JsonObject settings = new JsonObject();
		settings.add("analysis", analysis);
		JsonObject change = new JsonObject();
		change.add("index", settings);
		return change;
	}

}
