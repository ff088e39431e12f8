package uk.youthjustice.library.contacts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Sort.Order;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.youthjustice.library.system.Choice;
import uk.youthjustice.library.system.Pagination;
import uk.youthjustice.library.system.Slugs;

/**
 * Keeping the contact cards: the admin list with its search and filters, adding and
 * changing cards, marking them checked, and deleting those no resource names.
 */
@Service
@Transactional(readOnly = true)
class ContactAdmin {

	static final int PAGE_SIZE = 25;

	/** How many of the resources using a card the delete page names. */
	static final int USES_LISTED = 10;

	/** Cards not checked for this many months count as stale. */
	static final int STALE_AFTER_MONTHS = 12;

	/** Editors work in UK time: "today" turns at midnight in London, not in UTC. */
	private static final ZoneId UK = ZoneId.of("Europe/London");

	private static final Sort ORDER = Sort.by(Order.asc("organisation").ignoreCase(),
			Order.asc("personName").ignoreCase(), Order.asc("id"));

	private final ContactCardRepository cards;

	private final ContactUsage usage;

	private final Clock clock;

	ContactAdmin(ContactCardRepository cards, ContactUsage usage, Clock clock) {
		this.cards = cards;
		this.usage = usage;
		this.clock = clock;
	}

	/** Today's date in the UK, by the library's clock. */
	static LocalDate today(Clock clock) {
		return LocalDate.ofInstant(clock.instant(), UK);
	}

	/** The cards matching the search and filters, a page at a time. */
	ContactAdminPage list(ContactListParameters parameters) {
		List<String> recorded = this.cards.findDistinctRegions();
		String region = chosenRegion(parameters.region(), recorded);
		LocalDate staleBefore = today(this.clock).minusMonths(STALE_AFTER_MONTHS);
		Specification<ContactCard> matching = matching(parameters.q(), region,
				parameters.staleOnly() ? staleBefore : null);
		int asked = Pagination.pageAsked(parameters.page());
		Page<ContactCard> page = this.cards.findAll(matching, PageRequest.of(asked - 1, PAGE_SIZE, ORDER));
		if (asked > 1 && asked > page.getTotalPages()) {
			asked = Math.max(1, page.getTotalPages());
			page = this.cards.findAll(matching, PageRequest.of(asked - 1, PAGE_SIZE, ORDER));
		}
		List<ContactAdminPage.Row> rows = page.getContent().stream().map((card) -> row(card, staleBefore)).toList();
		String q = parameters.q();
		boolean staleOnly = parameters.staleOnly();
		Pagination pagination = Pagination.of(asked, Math.max(1, page.getTotalPages()),
				(number) -> href(q, region, staleOnly, number));
		return new ContactAdminPage(q, region, staleOnly, regionChoices(recorded), page.getTotalElements(), rows,
				pagination);
	}

	Optional<CardIdentity> find(Long id) {
		return this.cards.findById(id).map(CardIdentity::of);
	}

	Optional<ContactForm> form(Long id) {
		return this.cards.findById(id).map(ContactForm::of);
	}

	/**
	 * The region select's choices: the standard ones, and a card's own region if it is
	 * another, so that saving the card for another reason does not lose it.
	 */
	List<Choice> regionChoicesFor(String current) {
		List<Choice> choices = new ArrayList<>(
				ContactRegions.ALL.stream().map((name) -> new Choice(name, name)).toList());
		if (current != null && !current.isBlank() && !ContactRegions.isStandard(current)) {
			choices.add(new Choice(current, current));
		}
		return choices;
	}

	/**
	 * Another card with the email address, ignoring case: cards are told apart by their
	 * email address when contacts are imported, so two must not share one.
	 * @param exceptId the card being edited, or {@code null} for a new one
	 */
	Optional<CardIdentity> otherCardWithEmail(String email, Long exceptId) {
		if (email.isEmpty()) {
			return Optional.empty();
		}
		Optional<ContactCard> other = (exceptId != null)
				? this.cards.findFirstByEmailIgnoreCaseAndIdNot(email, exceptId)
				: this.cards.findFirstByEmailIgnoreCase(email);
		return other.map(CardIdentity::of);
	}

	/** Adds a card, its slug made from its organisation and person. */
	@Transactional
	CardIdentity create(ContactForm form) {
		String name = form.personName().isEmpty() ? form.organisation() : form.organisation() + " " + form.personName();
		ContactCard card = new ContactCard(Slugs.unique(name, this.cards::existsBySlug), form.organisation());
		form.applyTo(card);
		return CardIdentity.of(this.cards.save(card));
	}

	/** Changes every field of a card but its slug, which is its public address. */
	@Transactional
	Optional<CardIdentity> update(Long id, ContactForm form) {
		return this.cards.findById(id).map((card) -> {
			form.applyTo(card);
			return CardIdentity.of(card);
		});
	}

	/** Records that someone checked the card's details today. */
	@Transactional
	Optional<LocalDate> markVerified(Long id) {
		LocalDate today = today(this.clock);
		return this.cards.findById(id).map((card) -> {
			card.setLastVerifiedOn(today);
			return today;
		});
	}

	/** The resources of any status that name the card: the first few and how many. */
	CardUsage usage(Long id) {
		return this.usage.allResourcesUsing(id, USES_LISTED);
	}

	/**
	 * Deletes the card if no resource names it. A resource that starts naming it between
	 * this check and the commit makes the database refuse (its foreign keys), so the
	 * caller gets a {@code DataIntegrityViolationException} rather than a broken
	 * resource.
	 * @return what names the card: when {@link CardUsage#inUse()}, nothing was deleted
	 */
	@Transactional
	CardUsage deleteIfUnused(Long id) {
		CardUsage uses = usage(id);
		if (!uses.inUse()) {
			this.cards.deleteById(id);
			this.cards.flush();
		}
		return uses;
	}

	private static ContactAdminPage.Row row(ContactCard card, LocalDate staleBefore) {
		LocalDate verified = card.getLastVerifiedOn();
		return new ContactAdminPage.Row(card.getId(), card.getOrganisation(), blankToNull(card.getPersonName()),
				blankToNull(card.getEmail()), blankToNull(card.getRegion()), verified,
				verified == null || verified.isBefore(staleBefore));
	}

	// A region the address bar names but no list offers is ignored: all are shown.
	private static String chosenRegion(String asked, List<String> recorded) {
		if (asked.isEmpty() || ContactDirectoryPage.NOT_RECORDED.equals(asked)) {
			return asked;
		}
		return regionNames(recorded).stream().filter(asked::equalsIgnoreCase).findFirst().orElse("");
	}

	private static List<String> regionNames(List<String> recorded) {
		List<String> names = new ArrayList<>(ContactRegions.ALL);
		recorded.stream()
			.filter((name) -> name != null && !name.isBlank())
			.map(String::strip)
			.filter((name) -> names.stream().noneMatch(name::equalsIgnoreCase))
			.sorted(ContactDirectoryPage.alphabetical())
			.forEach(names::add);
		return names;
	}

	private static List<Choice> regionChoices(List<String> recorded) {
		List<Choice> choices = new ArrayList<>(
				regionNames(recorded).stream().map((name) -> new Choice(name, name)).toList());
		choices.add(new Choice(ContactDirectoryPage.NOT_RECORDED, null));
		return choices;
	}

	private static Specification<ContactCard> matching(String q, String region, LocalDate staleBefore) {
		return (root, query, cb) -> {
			List<Predicate> all = new ArrayList<>();
			// Each word must be somewhere: "leeds amira" finds Amira at Leeds YJS.
			for (String word : q.isEmpty() ? new String[0] : q.toLowerCase(Locale.ROOT).split("\\s+")) {
				String pattern = "%" + escapeLike(word) + "%";
				all.add(cb.or(contains(cb, root.get("organisation"), pattern),
						contains(cb, root.get("personName"), pattern), contains(cb, root.get("email"), pattern)));
			}
			if (ContactDirectoryPage.NOT_RECORDED.equals(region)) {
				all.add(cb.or(cb.isNull(root.get("region")), cb.equal(cb.trim(root.get("region")), "")));
			}
			else if (!region.isEmpty()) {
				all.add(cb.equal(cb.lower(cb.trim(root.get("region"))), region.toLowerCase(Locale.ROOT)));
			}
			if (staleBefore != null) {
				all.add(cb.or(cb.isNull(root.get("lastVerifiedOn")),
						cb.lessThan(root.<LocalDate>get("lastVerifiedOn"), staleBefore)));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
	}

	private static Predicate contains(CriteriaBuilder cb, Expression<String> field, String pattern) {
		return cb.like(cb.lower(field), pattern, '\\');
	}

	// Someone searching for "100%" means the characters, not a wildcard.
	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	// Form encoding, as the search form itself sends: a "+" typed in the box stays one.
	private static String href(String q, String region, boolean staleOnly, int page) {
		StringJoiner query = new StringJoiner("&", "/admin/contacts?", "").setEmptyValue("/admin/contacts");
		if (!q.isEmpty()) {
			query.add("q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
		}
		if (!region.isEmpty()) {
			query.add("region=" + URLEncoder.encode(region, StandardCharsets.UTF_8));
		}
		if (staleOnly) {
			query.add("stale=true");
		}
		if (page > 1) {
			query.add("page=" + page);
		}
		return query.toString();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
