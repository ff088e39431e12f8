package uk.youthjustice.library.exchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Checks a manifest on its own, before the library is looked at: every item has what it
 * cannot do without, values are ones the library knows, references name items of the same
 * manifest, no key appears twice, and every attachment's bytes are in the zip.
 */
final class ManifestCheck {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private static final Set<String> KINDS = Set.of("PRACTICE_EXAMPLE", "GUIDANCE_DOCUMENT");

	private static final Set<String> STATUSES = Set.of("DRAFT", "SCHEDULED", "PUBLISHED", "ARCHIVED");

	private static final Set<String> SEXES = Set.of("NOT_APPLICABLE", "MALE", "FEMALE");

	private static final Set<String> COSTS = Set.of("NOT_STATED", "NONE", "HAS_COST");

	private static final Set<String> ROLES = Set.of("EDITOR", "ADMIN");

	/** How many problems are worth listing: after that, the export is plainly not one. */
	private static final int MAX_PROBLEMS = 50;

	private final List<Problem> problems = new ArrayList<>();

	private ManifestCheck() {
	}

	static List<Problem> problems(Manifest manifest, Predicate<String> inArchive) {
		ManifestCheck check = new ManifestCheck();
		check.run(manifest, inArchive);
		return List.copyOf(check.problems.subList(0, Math.min(MAX_PROBLEMS, check.problems.size())));
	}

	private void run(Manifest manifest, Predicate<String> inArchive) {
		Set<String> categories = terms("categories", manifest.categories());
		Set<String> topics = terms("topics", manifest.topics());
		Set<String> evidence = terms("evidenceLabels", manifest.evidenceLabels());
		Set<String> contacts = new HashSet<>();
		for (Manifest.Contact contact : manifest.contactCards()) {
			String item = "contactCards/" + contact.slug();
			slug(item, contact.slug(), contacts);
			required(item, "organisation", contact.organisation());
		}
		Set<String> emails = new HashSet<>();
		for (Manifest.User user : manifest.users()) {
			String item = "users/" + user.email();
			required(item, "email", user.email());
			required(item, "displayName", user.displayName());
			if (user.email() != null && !emails.add(user.email().toLowerCase(Locale.ROOT))) {
				add(Problem.of("exchange.problem.duplicate", "users", user.email()));
			}
			user.roles().forEach((role) -> known(item, "roles", role, ROLES));
		}
		Set<String> resources = new HashSet<>();
		manifest.resources().forEach((resource) -> slug("resources/" + resource.slug(), resource.slug(), resources));
		for (Manifest.Resource resource : manifest.resources()) {
			resource(resource, categories, topics, evidence, contacts, resources, inArchive);
		}
	}

	private void resource(Manifest.Resource resource, Set<String> categories, Set<String> topics, Set<String> evidence,
			Set<String> contacts, Set<String> resources, Predicate<String> inArchive) {
		String item = "resources/" + resource.slug();
		required(item, "title", resource.title());
		known(item, "kind", resource.kind(), KINDS);
		known(item, "status", resource.status(), STATUSES);
		if (resource.sex() != null) {
			known(item, "sex", resource.sex(), SEXES);
		}
		if (resource.costKind() != null) {
			known(item, "costKind", resource.costKind(), COSTS);
		}
		if (resource.ageMin() != null && resource.ageMax() != null && resource.ageMin() > resource.ageMax()) {
			add(Problem.of("exchange.problem.bad-value", item, "ageMin", resource.ageMin()));
		}
		required(item, "category", resource.category());
		reference(item, "category", resource.category(), categories);
		reference(item, "evidenceLabel", resource.evidenceLabel(), evidence);
		resource.topics().forEach((topic) -> reference(item, "topics", topic, topics));
		resource.contactCards().forEach((card) -> reference(item, "contactCards", card, contacts));
		reference(item, "sourceOrganisation", resource.sourceOrganisation(), contacts);
		reference(item, "replaces", resource.replaces(), resources);
		resource.changeNotes().forEach((note) -> {
			required(item, "changeNotes.note", note.note());
			required(item, "changeNotes.changedAt", note.changedAt());
		});
		resource.previousSlugs().forEach((previous) -> {
			if (previous.slug() == null || !SLUG.matcher(previous.slug()).matches()) {
				add(Problem.of("exchange.problem.bad-value", item, "previousSlugs", previous.slug()));
			}
		});
		for (Manifest.Attachment attachment : resource.attachments()) {
			attachment(item, attachment, inArchive);
		}
	}

	private void attachment(String item, Manifest.Attachment attachment, Predicate<String> inArchive) {
		required(item, "attachments.title", attachment.title());
		required(item, "attachments.fileName", attachment.fileName());
		required(item, "attachments.mediaType", attachment.mediaType());
		required(item, "attachments.sizeBytes", attachment.sizeBytes());
		if (attachment.sha256() == null || !SHA256.matcher(attachment.sha256()).matches()) {
			add(Problem.of("exchange.problem.bad-value", item, "attachments.sha256", attachment.sha256()));
			return;
		}
		String entry = Manifest.fileEntry(attachment.sha256());
		if (attachment.file() != null && !attachment.file().equals(entry)) {
			add(Problem.of("exchange.problem.bad-value", item, "attachments.file", attachment.file()));
		}
		else if (!inArchive.test(entry)) {
			add(Problem.of("exchange.problem.missing-attachment", attachment.fileName(), item, entry));
		}
	}

	private Set<String> terms(String kind, List<Manifest.Term> terms) {
		Set<String> slugs = new HashSet<>();
		for (Manifest.Term term : terms) {
			String item = kind + "/" + term.slug();
			slug(item, term.slug(), slugs);
			required(item, "name", term.name());
		}
		return slugs;
	}

	private void slug(String item, String slug, Set<String> seen) {
		if (slug == null || slug.length() > 200 || !SLUG.matcher(slug).matches()) {
			add(Problem.of("exchange.problem.bad-value", item, "slug", slug));
		}
		else if (!seen.add(slug)) {
			add(Problem.of("exchange.problem.duplicate", item.substring(0, item.indexOf('/')), slug));
		}
	}

	private void required(String item, String field, Object value) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			add(Problem.of("exchange.problem.missing-field", item, field));
		}
	}

	private void known(String item, String field, String value, Set<String> known) {
		if (value == null || !known.contains(value)) {
			add(Problem.of("exchange.problem.bad-value", item, field, value));
		}
	}

	private void reference(String item, String field, String slug, Set<String> known) {
		if (slug != null && !known.contains(slug)) {
			add(Problem.of("exchange.problem.unknown-reference", item, field, slug));
		}
	}

	private void add(Problem problem) {
		this.problems.add(problem);
	}

}
