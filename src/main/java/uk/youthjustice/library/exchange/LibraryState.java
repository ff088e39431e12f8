package uk.youthjustice.library.exchange;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The keys of what the library already holds, which an import matches against: slugs of
 * resources, categories and topics; evidence labels by their label; contact cards by
 * email, else by name and organisation; users by email; files by SHA-256.
 */
final class LibraryState {

	final Map<String, Long> categories = new HashMap<>();

	final Map<String, Long> topics = new HashMap<>();

	final Map<String, Long> evidenceByLabel = new HashMap<>();

	final Map<String, String> evidenceLabelBySlug = new HashMap<>();

	final Map<String, Long> contactsByEmail = new HashMap<>();

	final Map<String, Long> contactsByName = new HashMap<>();

	final Map<String, String> contactNameBySlug = new HashMap<>();

	final Set<String> userEmails = new HashSet<>();

	final Map<String, Long> resources = new HashMap<>();

	final Set<String> previousSlugs = new HashSet<>();

	final Set<String> files = new HashSet<>();

	private LibraryState() {
	}

	static LibraryState read(JdbcTemplate jdbc) {
		LibraryState state = new LibraryState();
		jdbc.query("select id, slug from category", (rs) -> {
			state.categories.put(rs.getString("slug"), rs.getLong("id"));
		});
		jdbc.query("select id, slug from topic", (rs) -> {
			state.topics.put(rs.getString("slug"), rs.getLong("id"));
		});
		jdbc.query("select id, slug, name from evidence_classification", (rs) -> {
			state.evidenceByLabel.put(label(rs.getString("name")), rs.getLong("id"));
			state.evidenceLabelBySlug.put(rs.getString("slug"), rs.getString("name"));
		});
		jdbc.query("select id, slug, organisation, person_name, email from contact_card", (rs) -> {
			long id = rs.getLong("id");
			if (rs.getString("email") != null) {
				state.contactsByEmail.putIfAbsent(email(rs.getString("email")), id);
			}
			state.contactsByName.putIfAbsent(nameKey(rs.getString("person_name"), rs.getString("organisation")), id);
			state.contactNameBySlug.put(rs.getString("slug"),
					ImportPlan.contactName(rs.getString("person_name"), rs.getString("organisation")));
		});
		jdbc.query("select email from user_account", (rs) -> {
			state.userEmails.add(email(rs.getString("email")));
		});
		jdbc.query("select id, slug from resource", (rs) -> {
			state.resources.put(rs.getString("slug"), rs.getLong("id"));
		});
		jdbc.query("select slug from resource_previous_slug", (rs) -> {
			state.previousSlugs.add(rs.getString("slug"));
		});
		jdbc.query("select distinct sha256 from attachment", (rs) -> {
			state.files.add(rs.getString("sha256"));
		});
		return state;
	}

	/** Whether the library holds any content (user accounts do not count). */
	boolean isEmpty() {
		return this.categories.isEmpty() && this.topics.isEmpty() && this.evidenceLabelBySlug.isEmpty()
				&& this.contactNameBySlug.isEmpty() && this.resources.isEmpty();
	}

	static String label(String name) {
		return (name != null) ? name.strip().toLowerCase(Locale.ROOT) : "";
	}

	static String email(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	static String nameKey(String personName, String organisation) {
		return label(personName) + "\n" + label(organisation);
	}

}
