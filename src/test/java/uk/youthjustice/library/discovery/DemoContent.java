package uk.youthjustice.library.discovery;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the demo file files where. Whether a resource is public is asked of the database,
 * not of this file.
 */
final class DemoContent {

	private static final JsonNode LIBRARY = read();

	private DemoContent() {
	}

	static List<Item> resources() {
		return LIBRARY.get("resources")
			.values()
			.stream()
			.map((item) -> new Item(item.get("slug").asString(), item.get("category").asString(),
					item.get("topics").values().stream().map(JsonNode::asString).toList()))
			.toList();
	}

	static List<String> categorySlugs() {
		return slugs("categories");
	}

	static List<String> topicSlugs() {
		return slugs("topics");
	}

	static List<String> contactSlugs() {
		return slugs("contacts");
	}

	private static List<String> slugs(String list) {
		return LIBRARY.get(list).values().stream().map((term) -> term.get("slug").asString()).toList();
	}

	private static JsonNode read() {
		try (InputStream json = new ClassPathResource("demo/library.json").getInputStream()) {
			return JsonMapper.builder().build().readTree(json);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A demo resource and where it is filed.
	 *
	 * @param slug its address
	 * @param category its category's slug
	 * @param topics its topics' slugs
	 */
	record Item(String slug, String category, List<String> topics) {
	}

}
