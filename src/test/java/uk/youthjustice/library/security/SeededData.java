package uk.youthjustice.library.security;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.youthjustice.library.support.WebSession;

/**
 * Real ids and slugs of the demo content, by name, so that sample URLs such as
 * {@code /admin/resources/{draft}/edit} reach an existing record rather than a 404.
 */
final class SeededData {

	private final Map<String, String> values = new LinkedHashMap<>();

	private SeededData() {
	}

	/**
	 * Looks the records up.
	 * @param jdbc the library's database
	 * @param port where the library answers, to read a public page's download links
	 * @param userEmail an account whose id fills {@code {user}}
	 */
	static SeededData lookUp(JdbcTemplate jdbc, int port, String userEmail) {
		SeededData data = new SeededData();
		data.put("draft", jdbc.queryForObject("select min(id) from resource where status = 'DRAFT'", Long.class));
		long published = jdbc
			.queryForObject("select min(r.id) from resource r join attachment a on a.resource_id = r.id"
					+ " where r.status = 'PUBLISHED' and a.thumbnail_sha256 is not null", Long.class);
		data.put("published", published);
		data.put("publishedSlug",
				jdbc.queryForObject("select slug from resource where id = ?", String.class, published));
		data.put("attachment",
				jdbc.queryForObject("select min(id) from attachment where resource_id = ?", Long.class, published));
		data.put("contact", jdbc.queryForObject("select min(id) from contact_card", Long.class));
		data.put("contactSlug", jdbc.queryForObject(
				"select slug from contact_card where id = (select min(id) from contact_card)", String.class));
		for (String table : new String[] { "category", "topic" }) {
			data.put(table, jdbc.queryForObject("select min(id) from " + table, Long.class));
			data.put(table + "Slug", jdbc.queryForObject(
					"select slug from " + table + " where id = (select min(id) from " + table + ")", String.class));
		}
		data.put("evidence", jdbc.queryForObject("select min(id) from evidence_classification", Long.class));
		data.put("categoryVersion", jdbc.queryForObject("select max(rev) from category_aud where id = ?", Long.class,
				Long.valueOf(data.get("category"))));
		data.put("user", jdbc.queryForObject("select id from user_account where email = ?", Long.class, userEmail));
		Long submission = jdbc.queryForObject("select min(id) from practice_submission", Long.class);
		data.put("submission", (submission != null) ? submission : 999_999_999L);
		Document page = Jsoup.parse(WebSession.anonymous(port).get("/resources/" + data.get("publishedSlug")).body());
		Element file = page.selectFirst("a[href^=/files/]");
		data.values.put("file", (file != null) ? file.attr("href") : "/files/" + data.get("attachment") + "/missing");
		data.values.put("thumbnail", "/thumbnails/" + data.get("attachment") + ".png");
		return data;
	}

	/** The value of one name. */
	String get(String name) {
		String value = this.values.get(name);
		if (value == null) {
			throw new IllegalArgumentException("No seeded value named " + name);
		}
		return value;
	}

	/** The URL with every {@code {name}} replaced by its value. */
	String fill(String url) {
		String filled = url;
		for (Map.Entry<String, String> value : this.values.entrySet()) {
			filled = filled.replace("{" + value.getKey() + "}", value.getValue());
		}
		return filled;
	}

	private void put(String name, Object value) {
		if (value == null) {
			throw new IllegalStateException("The demo content has no " + name);
		}
		this.values.put(name, value.toString());
	}

}
