package uk.youthjustice.library.search;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpenSearchSynonymsTests {

	@Test
	void readsTheRulesOfTheIndexsSynonymFilter() {
		JsonObject settings = JsonParser
			.parseString(
					"""
							{"resource-000001":{"settings":{"index":{"analysis":{"filter":{"library_synonyms":
							  {"type":"synonym_graph","lenient":"false","synonyms":["yot, youth offending team","pre-sentence report, psr"]}}}}}}}
							""")
			.getAsJsonObject();

		JsonObject filter = OpenSearchSynonyms.inIndex(settings, "resource-000001");

		assertThat(OpenSearchSynonyms.rules(filter)).containsExactly("yot, youth offending team",
				"pre-sentence report, psr");
	}

	@Test
	void anIndexWithoutTheFilterHasNoRules() {
		JsonObject settings = JsonParser.parseString("{\"resource-000001\":{\"settings\":{}}}").getAsJsonObject();

		assertThat(OpenSearchSynonyms.rules(OpenSearchSynonyms.inIndex(settings, "resource-000001"))).isEmpty();
	}

	@Test
	void aSingleRuleMayComeAsAString() {
		JsonObject filter = JsonParser.parseString("{\"synonyms\":\"yot, youth offending team\"}").getAsJsonObject();

		assertThat(OpenSearchSynonyms.rules(filter)).containsExactly("yot, youth offending team");
	}

	@Test
	void theChangeReplacesTheFilterByItsName() {
		JsonObject filter = JsonParser
			.parseString("{\"type\":\"synonym_graph\",\"synonyms\":[\"a, b\"],\"lenient\":false}")
			.getAsJsonObject();

		assertThat(OpenSearchSynonyms.change(filter).toString()).isEqualTo(
				"{\"index\":{\"analysis\":{\"filter\":{\"library_synonyms\":{\"type\":\"synonym_graph\",\"synonyms\":[\"a, b\"],\"lenient\":false}}}}}");
	}

}
