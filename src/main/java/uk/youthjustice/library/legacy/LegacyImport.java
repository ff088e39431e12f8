package uk.youthjustice.library.legacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.youthjustice.library.catalogue.Catalogue;
import uk.youthjustice.library.catalogue.Category;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.Sex;
import uk.youthjustice.library.contacts.ContactCard;
import uk.youthjustice.library.contacts.ContactDirectory;
import uk.youthjustice.library.legacy.ImportReport.ContactOutcome;
import uk.youthjustice.library.legacy.ImportReport.ContactReport;
import uk.youthjustice.library.legacy.ImportReport.FileReport;
import uk.youthjustice.library.legacy.ImportReport.ItemReport;
import uk.youthjustice.library.legacy.ImportReport.Outcome;
import uk.youthjustice.library.system.Slugs;

/**
 * Imports pages of the old hub: a dry run that reports what would be created, and the
 * import itself, all or nothing in one transaction. An item is matched to an earlier
 * import by its title, date and category, so importing the same text again creates
 * nothing; a contact block becomes the card with the same email address, else the card
 * with the same name and organisation, else a new card. A category the library does not
 * have is created under the name the old hub used (docs/decisions/0019).
 */
@Service
@Transactional(readOnly = true)
class LegacyImport {

	/** The old hub’s dates are UK time. */
	static final ZoneId UK = ZoneId.of("Europe/London");

	/** Who the ledger names for an import from the command line. */
	static final String COMMAND_LINE = "import-legacy command";

	private final Catalogue catalogue;

	private final ContactDirectory contacts;

	private final LegacyImportRecords records;

	private final LegacyResources resources;

	private final Clock clock;

	LegacyImport(Catalogue catalogue, ContactDirectory contacts, LegacyImportRecords records, LegacyResources resources,
			Clock clock) {
		this.catalogue = catalogue;
		this.contacts = contacts;
		this.records = records;
		this.resources = resources;
		this.clock = clock;
	}

	/** How far an import has got. */
	@FunctionalInterface
	interface Progress {

		Progress NONE = (done, total) -> {
		};

		void update(int done, int total);

	}

	/** What importing the pages would create; writes nothing. */
	ImportReport dryRun(List<LegacyText> pages, boolean publish) {
		return plan(pages).report(publish, false);
	}

	/**
	 * Imports the pages in one transaction: every new item, or nothing when anything
	 * fails.
	 * @param publish whether to publish the new resources (an item whose title was taken
	 * from its text stays a draft) rather than keep them as drafts
	 * @param who who imports, for the ledger
	 */
	@Transactional
	ImportReport run(List<LegacyText> pages, boolean publish, String who, Progress progress) {
		Plan plan = plan(pages);
		List<Planned> fresh = plan.items.stream().filter((p) -> p.outcome == Outcome.NEW).toList();
		Instant now = this.clock.instant();
		Writer writer = new Writer(now);
		progress.update(0, fresh.size());
		for (int i = 0; i < fresh.size(); i++) {
			Planned planned = fresh.get(i);
			Resource resource = writer.resource(planned, publish);
			this.records.save(new LegacyImportRecord(planned.key, planned.item, resource.getId(), now, who));
			progress.update(i + 1, fresh.size());
		}
		return plan.report(publish, true);
	}

	private Plan plan(List<LegacyText> pages) {
		Plan plan = new Plan();
		List<ParsedPage> parsed = pages.stream().map((page) -> LegacyPageParser.parse(page.text())).toList();
		Set<String> keys = new HashSet<>();
		parsed.forEach((page) -> page.placed().forEach((item) -> keys.add(matchKey(item))));
		Set<String> known = keys.isEmpty() ? Set.of() : new HashSet<>(this.records.findKnownKeys(keys));
		Categories categories = new Categories(this.catalogue.terms().categories());
		ContactMatcher matcher = new ContactMatcher();
		Set<String> seen = new HashSet<>();
		for (int f = 0; f < pages.size(); f++) {
			List<Planned> items = new ArrayList<>();
			for (ParsedItem item : parsed.get(f).items()) {
				Planned planned = new Planned(item);
				if (!item.placed()) {
					planned.outcome = Outcome.NOT_PLACED;
				}
				else {
					planned.key = matchKey(item);
					planned.outcome = known.contains(planned.key) ? Outcome.ALREADY_IMPORTED
							: seen.add(planned.key) ? Outcome.NEW : Outcome.REPEATED;
					planned.category = categories.find(item.category());
					planned.categoryName = planned.category.map(Category::getName)
						.orElseGet(() -> item.category().strip());
				}
				boolean counts = planned.outcome == Outcome.NEW;
				item.contacts().forEach((c) -> planned.contacts.add(matcher.report(c, false, counts)));
				if (item.sourceOrganisation() != null) {
					planned.contacts.add(matcher.report(item.sourceOrganisation(), true, counts));
				}
				items.add(planned);
				plan.items.add(planned);
			}
			plan.files.add(new PlannedFile(pages.get(f), parsed.get(f), items));
		}
		return plan;
	}

	/**
	 * The key an item is matched on: its title, date and category, ignoring case and
	 * spacing.
	 */
	static String matchKey(ParsedItem item) {
		return sha256(normalise(item.title()) + "\n" + ((item.date() != null) ? item.date().toString() : "") + "\n"
				+ normalise(item.category()));
	}

	/** The SHA-256 of a text’s UTF-8 bytes, in hexadecimal. */
	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

	/** Lower case, ‘&amp;’ as ‘and’, anything but letters and digits as one space. */
	static String normalise(String text) {
		return text.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	private static final class Plan {

		final List<PlannedFile> files = new ArrayList<>();

		final List<Planned> items = new ArrayList<>();

		ImportReport report(boolean publish, boolean done) {
			return new ImportReport(this.files.stream().map((file) -> file.report(publish)).toList(), publish, done);
		}

	}

	private record PlannedFile(LegacyText text, ParsedPage page, List<Planned> items) {

		FileReport report(boolean publish) {
			return new FileReport(this.text.name(), this.text.encoding(), this.page.droppedLines(),
					this.page.warnings(), this.items.stream().map((item) -> item.report(publish)).toList());
		}

	}

	private static final class Planned {

		final ParsedItem item;

		String key;

		Outcome outcome;

		Optional<Category> category = Optional.empty();

		String categoryName;

		final List<ContactReport> contacts = new ArrayList<>();

		Planned(ParsedItem item) {
			this.item = item;
		}

		boolean draft(boolean publish) {
			return !publish || this.item.titleFromText();
		}

		ItemReport report(boolean publish) {
			return new ItemReport(this.item.line(), this.item.kind(), this.item.title(), this.item.titleFromText(),
					this.item.opening(), this.item.date(), this.item.category(), this.categoryName,
					this.categoryName != null && this.category.isEmpty(), this.item.fields(),
					List.copyOf(this.contacts), this.item.warnings(), this.outcome, this.item.problem(),
					draft(publish));
		}

	}

	/**
	 * The library’s categories by their names and addresses, ignoring case and spacing.
	 */
	private static final class Categories {

		private final Map<String, Category> byName = new HashMap<>();

		private final Map<String, Category> bySlug = new HashMap<>();

		Categories(List<Category> categories) {
			for (Category category : categories) {
				this.byName.putIfAbsent(normalise(category.getName()), category);
				this.bySlug.putIfAbsent(category.getSlug(), category);
			}
		}

		Optional<Category> find(String name) {
			Category found = this.byName.get(normalise(name));
			return Optional.ofNullable((found != null) ? found : this.bySlug.get(Slugs.of(name)));
		}

	}

	/** Finds the card for each contact block, remembering the cards this run makes. */
	private final class ContactMatcher {

		private final Set<String> newInRun = new HashSet<>();

		ContactReport report(ParsedContact contact, boolean source, boolean counts) {
			ContactOutcome outcome;
			if (contact.email() != null && contacts.findByEmail(contact.email()).isPresent()) {
				outcome = ContactOutcome.MATCHED_BY_EMAIL;
			}
			else if (contact.email() == null
					&& contacts.findByOrganisationAndPerson(contact.organisation(), contact.personName()).isPresent()) {
				outcome = ContactOutcome.MATCHED_BY_NAME;
			}
			else if (this.newInRun.contains(cardKey(contact))) {
				outcome = ContactOutcome.NEW_IN_THIS_IMPORT;
			}
			else {
				outcome = ContactOutcome.NEW;
				if (counts) {
					this.newInRun.add(cardKey(contact));
				}
			}
			return new ContactReport(contact.label(), contact.email(), source, outcome);
		}

	}

	/**
	 * Cards are the same when their email addresses are, else their names and
	 * organisations.
	 */
	static String cardKey(ParsedContact contact) {
		if (contact.email() != null) {
			return "email:" + contact.email().toLowerCase(Locale.ROOT);
		}
		return "name:" + normalise(contact.organisation()) + "|"
				+ ((contact.personName() != null) ? normalise(contact.personName()) : "");
	}

	/** Writes the resources, with the categories and cards they need. */
	private final class Writer {

		private final Instant now;

		private final Map<String, Category> newCategories = new HashMap<>();

		private final Map<String, ContactCard> newCards = new LinkedHashMap<>();

		private int nextPosition;

		Writer(Instant now) {
			this.now = now;
			this.nextPosition = catalogue.terms().categories().stream().mapToInt(Category::getPosition).max().orElse(0)
					+ 1;
		}

		Resource resource(Planned planned, boolean publish) {
			ParsedItem item = planned.item;
			Category category = planned.category.orElseGet(() -> newCategory(planned.categoryName));
			String slug = Slugs.unique(item.title(), resources::isSlugTaken);
			Resource resource = new Resource(item.kind(), slug, item.title(), category);
			resource.setSummary(item.summary());
			resource.setDescription(item.description());
			if (item.ageRange() != null) {
				resource.setAgeRange(item.ageRange());
			}
			resource.setSex((item.sex() != null) ? item.sex() : Sex.NOT_APPLICABLE);
			resource.setCostKind(item.costKind());
			resource.setCostText(item.costText());
			resource.getAims().addAll(item.aims());
			resource.getImplementationSteps().addAll(item.implementationSteps());
			for (ParsedContact contact : item.contacts()) {
				ContactCard card = card(contact);
				if (!resource.getContacts().contains(card)) {
					resource.getContacts().add(card);
				}
			}
			if (item.sourceOrganisation() != null) {
				resource.setSourceOrganisation(card(item.sourceOrganisation()));
			}
			Instant dated = (item.date() != null) ? item.date().atZone(UK).toInstant() : null;
			if (!planned.draft(publish)) {
				resource.publish((dated != null) ? dated : this.now);
			}
			else if (dated != null) {
				// A draft keeps the old hub’s date as its first publication, which
				// publishing it later keeps.
				resource.publish(dated);
				resource.returnToDraft();
			}
			return catalogue.save(resource);
		}

		private Category newCategory(String name) {
			return this.newCategories.computeIfAbsent(normalise(name),
					(key) -> catalogue
						.save(new Category(Slugs.unique(name, (slug) -> catalogue.findCategory(slug).isPresent()), name,
								null, this.nextPosition++)));
		}

		private ContactCard card(ParsedContact contact) {
			String key = cardKey(contact);
			ContactCard made = this.newCards.get(key);
			if (made != null) {
				return made;
			}
			Optional<ContactCard> existing = (contact.email() != null) ? contacts.findByEmail(contact.email())
					: contacts.findByOrganisationAndPerson(contact.organisation(), contact.personName());
			if (existing.isPresent()) {
				return existing.get();
			}
			String label = (contact.personName() != null) ? contact.organisation() + " " + contact.personName()
					: contact.organisation();
			ContactCard card = new ContactCard(Slugs.unique(label, (slug) -> contacts.findBySlug(slug).isPresent()),
					contact.organisation());
			card.setPersonName(contact.personName());
			card.setTelephone(contact.telephone());
			card.setEmail(contact.email());
			card.setWebsite(contact.website());
			ContactCard saved = contacts.save(card);
			this.newCards.put(key, saved);
			return saved;
		}

	}

}
