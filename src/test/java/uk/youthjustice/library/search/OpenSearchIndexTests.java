package uk.youthjustice.library.search;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpenSearchIndexTests {

	@Test
	void theStoreSizeIsThePrimaryShards() {
		JsonObject stats = JsonParser.parseString("""
				{"_shards":{"total":2,"successful":1,"failed":0},
				 "_all":{"primaries":{"store":{"size_in_bytes":123456,"reserved_in_bytes":0}},
				         "total":{"store":{"size_in_bytes":246912,"reserved_in_bytes":0}}}}
				""").getAsJsonObject();

		assertThat(OpenSearchIndex.storeSizeInBytes(stats)).isEqualTo(123456);
	}

}
