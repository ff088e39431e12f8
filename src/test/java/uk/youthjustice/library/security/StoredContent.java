package uk.youthjustice.library.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fingerprint of everything editors and readers store: one digest a table, of every
 * row's whole text. Two equal fingerprints mean nothing stored was added, lost or
 * changed. Counters a request may legitimately move (downloads, sign-in audit, search
 * analytics) are not in it.
 */
final class StoredContent {

	/** Tables holding content, accounts and settings, with the columns to leave out. */
	private static final Map<String, String> TABLES = tables();

	private final JdbcTemplate jdbc;

	StoredContent(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** One digest per table, by name. */
	Map<String, String> fingerprint() {
		Map<String, String> digests = new LinkedHashMap<>();
		TABLES.forEach((table, except) -> digests.put(table,
				this.jdbc.queryForObject("select count(*) || ':' || coalesce(md5(string_agg(md5((to_jsonb(t) " + except
						+ ")::text), ',' order by md5((to_jsonb(t) " + except + ")::text))), '') from " + table + " t",
						String.class)));
		return digests;
	}

	private static Map<String, String> tables() {
		Map<String, String> tables = new LinkedHashMap<>();
		for (String table : List.of("category", "topic", "evidence_classification", "contact_card", "resource",
				"resource_previous_slug", "resource_change_note", "resource_topic", "resource_contact", "resource_aim",
				"resource_implementation_step", "resource_audience", "attachment_page", "user_account_role",
				"account_setup_token", "practice_submission", "search_synonyms", "library_setting")) {
			tables.put(table, "");
		}
		tables.put("attachment", "- 'download_count' - 'version' - 'updated_at'");
		tables.put("user_account", "- 'last_signed_in_at'");
		return tables;
	}

}
