package uk.youthjustice.library.search;

import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import uk.youthjustice.library.search.synonyms.EnglishAnalysis;
import uk.youthjustice.library.search.synonyms.Synonyms;
import uk.youthjustice.library.system.Analyzers;

/**
 * The analysis of {@link LibraryAnalysisConfigurer} in OpenSearch's terms: the same chain
 * of standard tokenizer, possessives, folding, the editors' synonyms, English stop words,
 * the stem overrides and KStem. OpenSearch keeps analysis in the index's settings: the
 * synonyms are those saved when the index was created, until {@link OpenSearchSynonyms}
 * puts the saved ones in before a rebuild (docs/scaling.md).
 */
@Component(OpenSearchAnalysisConfigurer.NAME)
class OpenSearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

	static final String NAME = "libraryOpenSearchAnalysisConfigurer";

	/** The synonym filter's name in the index's analysis settings. */
	static final String SYNONYMS = "library_synonyms";

	private static final Logger log = LoggerFactory.getLogger(OpenSearchAnalysisConfigurer.class);

	private static final String STEM_OVERRIDES = "library_stem_overrides";

	private static final String POSSESSIVES = "library_possessives";

	private static final String STOP_WORDS = "library_stop_words";

	private final Synonyms synonyms;

	OpenSearchAnalysisConfigurer(Synonyms synonyms) {
		this.synonyms = synonyms;
	}

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.tokenFilter(POSSESSIVES).type("stemmer").param("language", "possessive_english");
		context.tokenFilter(STOP_WORDS).type("stop").param("stopwords", "_english_");
		context.tokenFilter(STEM_OVERRIDES)
			.type("stemmer_override")
			.param("rules", EnglishAnalysis.stemOverrideRules().toArray(String[]::new));
		JsonObject synonyms = synonymFilter();
		context.tokenFilter(SYNONYMS)
			.type(synonyms.get("type").getAsString())
			.param("synonyms",
					synonyms.getAsJsonArray("synonyms")
						.asList()
						.stream()
						.map(JsonElement::getAsString)
						.toArray(String[]::new))
			.param("lenient", synonyms.get("lenient").getAsBoolean());
		context.analyzer(Analyzers.ENGLISH)
			.custom()
			.tokenizer("standard")
			.tokenFilters(POSSESSIVES, "lowercase", "asciifolding", SYNONYMS, STOP_WORDS, STEM_OVERRIDES, "kstem");
		context.analyzer(Analyzers.ENGLISH_SEARCH)
			.custom()
			.tokenizer("standard")
			.tokenFilters(POSSESSIVES, "lowercase", "asciifolding", STOP_WORDS, STEM_OVERRIDES, "kstem");
		context.analyzer(Analyzers.WORDS).custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding");
		context.normalizer(Analyzers.SORT).custom().tokenFilters("lowercase", "asciifolding");
	}

	/**
	 * The synonym filter with the saved rules, as the index's analysis settings hold it
	 * under {@link #SYNONYMS}: what the index is created with, and what
	 * {@link OpenSearchSynonyms} puts in before a rebuild.
	 */
	JsonObject synonymFilter() {
		JsonObject filter = new JsonObject();
		filter.addProperty("type", "synonym_graph");
		JsonArray rules = new JsonArray();
		synonymRules().forEach(rules::add);
		filter.add("synonyms", rules);
		filter.addProperty("lenient", false);
		return filter;
	}

	/** The saved rules, one a line, without notes and blank lines. */
	private List<String> synonymRules() {
		String body;
		try {
			body = this.synonyms.saved().body();
		}
		catch (DataAccessException ex) {
			log.warn("Search synonyms could not be read ({}); the index gets the standard ones", ex.getMessage());
			body = this.synonyms.standard();
		}
		return body.lines().map(String::strip).filter((line) -> !line.isEmpty() && !line.startsWith("#")).toList();
	}

}
