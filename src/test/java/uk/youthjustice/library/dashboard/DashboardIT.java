package uk.youthjustice.library.dashboard;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.LinkedMultiValueMap;

import uk.youthjustice.library.catalogue.Catalogue;
import uk.youthjustice.library.catalogue.Category;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.catalogue.ResourceStatus;
import uk.youthjustice.library.contacts.ContactCard;
import uk.youthjustice.library.contacts.ContactDirectory;
import uk.youthjustice.library.support.LocalHttp;
import uk.youthjustice.library.support.StatementCount;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard, the resource list and the review list on PostgreSQL, over resources in
 * every status created by two editors. The library is shared with other tests, so the
 * assertions are about this class's own rows (marked with {@link #MARK}) and about how
 * counts change when they are added.
 */
@WithLibrary
class DashboardIT {

	static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	static final String ALICE = "alice-" + RUN + "@example.org";

	static final String BOB = "bob-" + RUN + "@example.org";

	static final String MARK = "Dashmark" + RUN;

	static final String PAGER = "Pager" + RUN;

	static final String CATEGORY = "dashboard-it-" + RUN;

	static final int PAGED = 55;

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

	private static Map<ResourceStatus, Long> countsBefore;

	private static long dueBefore;

	private static long staleBefore;

	@LocalServerPort
	int port;

	@Autowired
	Catalogue catalogue;

	@Autowired
	ContactDirectory contacts;

	@Autowired
	Dashboard dashboard;

	@Autowired
	ResourceList resourceList;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@BeforeEach
	void createOnce() {
		synchronized (DashboardIT.class) {
			if (countsBefore != null) {
				return;
			}
			DashboardPage before = this.dashboard.page(ALICE);
			countsBefore = counts(before);
			dueBefore = before.dueForReviewTotal();
			staleBefore = before.staleContactTotal();
			createResources();
			createContacts();
		}
	}

	@Test
	void countsGoUpByWhatWasCreatedInEachStatus() {
		Map<ResourceStatus, Long> after = counts(this.dashboard.page(ALICE));

		assertThat(after.get(ResourceStatus.DRAFT) - countsBefore.get(ResourceStatus.DRAFT)).isEqualTo(4);
		assertThat(after.get(ResourceStatus.SCHEDULED) - countsBefore.get(ResourceStatus.SCHEDULED)).isEqualTo(2);
		assertThat(after.get(ResourceStatus.PUBLISHED) - countsBefore.get(ResourceStatus.PUBLISHED))
			.isEqualTo(2 + PAGED);
		assertThat(after.get(ResourceStatus.ARCHIVED) - countsBefore.get(ResourceStatus.ARCHIVED)).isEqualTo(1);
	}

	@Test
	void yourDraftsAreTheDraftsYouCreatedOrChangedNewestChangeFirst() {
		assertThat(titles(this.dashboard.page(ALICE).myDrafts())).containsExactly(MARK + " Bob's draft Alice changed",
				MARK + " Alice draft two", MARK + " Alice draft one");
		assertThat(titles(this.dashboard.page(BOB).myDrafts())).containsExactly(MARK + " Bob's draft Alice changed",
				MARK + " Bob draft");
		assertThat(this.dashboard.page("nobody-" + RUN + "@example.org").myDrafts()).isEmpty();
	}

	@Test
	void recentlyChangedShowsWhoChangedEachLast() {
		List<ResourceRow> recent = this.dashboard.page(ALICE).recentlyChanged();

		assertThat(recent).hasSize(Dashboard.LIST_SIZE);
		assertThat(recent).isSortedAccordingTo((a, b) -> b.modifiedAt().compareTo(a.modifiedAt()));
		ResourceRow changed = recent.stream()
			.filter((row) -> row.title().equals(MARK + " Bob's draft Alice changed"))
			.findFirst()
			.orElseThrow();
		assertThat(changed.modifiedBy()).isEqualTo(ALICE);
		assertThat(changed.categoryName()).isEqualTo("Dashboard test category " + RUN);
	}

	@Test
	void scheduledResourcesComeInTheOrderTheyWillBePublished() {
		List<String> scheduled = titles(this.dashboard.page(ALICE).scheduled());

		assertThat(scheduled).containsSubsequence(MARK + " scheduled sooner", MARK + " scheduled later");
		assertThat(this.dashboard.page(ALICE).scheduled())
			.isSortedAccordingTo((a, b) -> a.publishAt().compareTo(b.publishAt()));
	}

	@Test
	void dueForReviewIsEverythingNotArchivedDueWithinThirtyDaysOverdueFirst() {
		ReviewPage review = this.dashboard.review();
		List<DueResource> mine = review.resources()
			.stream()
			.filter((due) -> due.resource().title().startsWith(MARK))
			.toList();

		assertThat(mine).extracting((due) -> due.resource().title())
			.containsExactly(MARK + " published overdue", MARK + " Bob published due today", MARK + " Bob draft");
		assertThat(mine).extracting(DueResource::days).containsExactly(-10L, 0L, 5L);
		assertThat(review.resourceTotal() - dueBefore).isEqualTo(3);
		assertThat(review.dueBy()).isEqualTo(TODAY.plusDays(30));
		assertThat(review.resources()).extracting((due) -> due.resource().reviewDueOn()).isSorted();
		assertThat(this.dashboard.page(ALICE).dueForReviewTotal()).isEqualTo(review.resourceTotal());
	}

	@Test
	void contactCardsNotVerifiedForAYearComeNeverVerifiedThenOldestFirst() {
		ReviewPage review = this.dashboard.review();
		List<String> mine = review.contacts()
			.stream()
			.map(ContactRow::organisation)
			.filter((name) -> name.contains(RUN))
			.toList();

		assertThat(mine).containsExactly("Never verified " + RUN, "Two years ago " + RUN, "Thirteen months ago " + RUN);
		assertThat(review.contactTotal() - staleBefore).isEqualTo(3);
		assertThat(review.contacts()).extracting(ContactRow::lastVerifiedOn)
			.isSortedAccordingTo((a, b) -> (a == null) ? ((b == null) ? 0 : -1) : ((b == null) ? 1 : a.compareTo(b)));
		DashboardPage page = this.dashboard.page(ALICE);
		assertThat(page.staleContacts()).hasSizeLessThanOrEqualTo(Dashboard.SUMMARY_SIZE);
		assertThat(page.staleContactTotal()).isEqualTo(review.contactTotal());
	}

	@Test
	void listSearchesTitlesAndSummariesIgnoringCase() {
		assertThat(list(ALICE, "q=" + MARK).total()).isEqualTo(9);
		assertThat(list(ALICE, "q=" + MARK.toUpperCase()).total()).isEqualTo(9);
		assertThat(titles(list(ALICE, "q=zebra-" + RUN).rows())).containsExactly(MARK + " Bob published due today");
		assertThat(list(ALICE, "q=%25&category=" + CATEGORY).total()).isZero();
	}

	@Test
	void listFiltersCombine() {
		assertThat(list(ALICE, "q=" + MARK + "&status=draft").total()).isEqualTo(4);
		assertThat(list(ALICE, "q=" + MARK + "&status=draft&status=archived").total()).isEqualTo(5);
		assertThat(titles(list(ALICE, "q=" + MARK + "&kind=guidance&sort=title").rows()))
			.containsExactly(MARK + " Alice draft two", MARK + " scheduled later");
		assertThat(list(ALICE, "q=" + MARK + "&mine=yes").total()).isEqualTo(7);
		assertThat(list(BOB, "q=" + MARK + "&mine=yes").total()).isEqualTo(3);
		assertThat(list(ALICE, "category=" + CATEGORY).total()).isEqualTo(9 + PAGED);
		assertThat(list(ALICE, "q=" + MARK + "&status=deleted&category=no-such-category&kind=video").total())
			.isEqualTo(9);
	}

	@Test
	void listSortsByChangeTitleOrPublication() {
		assertThat(titles(list(ALICE, "q=" + MARK).rows())).first().isEqualTo(MARK + " Bob's draft Alice changed");
		assertThat(titles(list(ALICE, "q=" + MARK + "&sort=title").rows()))
			.isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		List<ResourceRow> published = list(ALICE, "q=" + MARK + "&sort=published").rows();
		assertThat(titles(published).subList(0, 3)).containsExactly(MARK + " Bob published due today",
				MARK + " published overdue", MARK + " archived");
		assertThat(published.subList(3, published.size())).allMatch((row) -> row.publishedAt() == null);
	}

	@Test
	void listShowsFiftyAPageAndClampsThePageNumber() {
		String filter = "category=" + CATEGORY + "&q=" + PAGER;
		ResourceListPage first = list(ALICE, filter);
		ResourceListPage second = list(ALICE, filter + "&page=2");

		assertThat(first.total()).isEqualTo(PAGED);
		assertThat(first.rows()).hasSize(ResourceList.PAGE_SIZE);
		assertThat(first.pagination().totalPages()).isEqualTo(2);
		assertThat(second.rows()).hasSize(PAGED - ResourceList.PAGE_SIZE);
		assertThat(titles(first.rows())).doesNotContainAnyElementsOf(titles(second.rows()));
		assertThat(first.pagination().nextHref())
			.isEqualTo("/admin/resources?q=" + PAGER + "&category=" + CATEGORY + "&page=2");
		assertThat(list(ALICE, filter + "&page=999999").query().page()).isEqualTo(2);
		assertThat(list(ALICE, filter + "&page=-1").query().page()).isEqualTo(1);
		assertThat(list(ALICE, filter + "&page=abc").query().page()).isEqualTo(1);
	}

	@Test
	void pagesCostAFixedNumberOfStatements() {
		assertThat(statements(() -> this.dashboard.page(ALICE))).isBetween(1L, 10L);
		long full = statements(() -> list(ALICE, "category=" + CATEGORY));
		long narrowed = statements(
				() -> list(ALICE, "category=" + CATEGORY + "&page=2&status=published&kind=practice-example&mine=yes"));
		assertThat(full).isEqualTo(3).isEqualTo(narrowed);
		assertThat(statements(() -> this.dashboard.review())).isEqualTo(4);
	}

	private long statements(Runnable page) {
		return StatementCount.fewest(this.entityManagerFactory, page);
	}

	@Test
	void signedOutVisitorsAreSentToSignIn() {
		for (String path : List.of("/admin", "/admin/resources?status=draft", "/admin/review")) {
			HttpResponse<String> response = LocalHttp.getPage(this.port, path);
			assertThat(response.statusCode()).as(path).isEqualTo(302);
			assertThat(response.headers().firstValue("Location")).as(path).hasValueSatisfying((location) -> {
				assertThat(location).endsWith("/login");
			});
		}
	}

	private ResourceListPage list(String email, String queryString) {
		LinkedMultiValueMap<String, String> query = new LinkedMultiValueMap<>();
		for (String pair : queryString.split("&")) {
			String[] parts = pair.split("=", 2);
			query.add(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
		}
		return this.resourceList.page(ResourceListParameters.of(query), email);
	}

	private void createResources() {
		Category category = this.catalogue
			.save(new Category(CATEGORY, "Dashboard test category " + RUN, "For dashboard tests.", 98));
		Instant now = Instant.now();
		for (int i = 1; i <= PAGED; i++) {
			Resource resource = resource(category, ResourceKind.PRACTICE_EXAMPLE, String.format("%s %02d", PAGER, i));
			resource.publish(now.minus(100 + i, ChronoUnit.DAYS));
			as(BOB, () -> this.catalogue.save(resource));
		}
		as(ALICE, () -> {
			this.catalogue.save(resource(category, ResourceKind.PRACTICE_EXAMPLE, MARK + " Alice draft one"));
			this.catalogue.save(resource(category, ResourceKind.GUIDANCE_DOCUMENT, MARK + " Alice draft two"));
			Resource published = resource(category, ResourceKind.PRACTICE_EXAMPLE, MARK + " published overdue");
			published.publish(now.minus(20, ChronoUnit.DAYS));
			published.setReviewDueOn(TODAY.minusDays(10));
			this.catalogue.save(published);
			Resource archived = resource(category, ResourceKind.PRACTICE_EXAMPLE, MARK + " archived");
			archived.publish(now.minus(400, ChronoUnit.DAYS));
			archived.archive();
			archived.setReviewDueOn(TODAY.minusDays(100));
			this.catalogue.save(archived);
			Resource later = resource(category, ResourceKind.GUIDANCE_DOCUMENT, MARK + " scheduled later");
			later.schedule(now.plus(2, ChronoUnit.HOURS));
			later.setReviewDueOn(TODAY.plusDays(31));
			this.catalogue.save(later);
			Resource sooner = resource(category, ResourceKind.PRACTICE_EXAMPLE, MARK + " scheduled sooner");
			sooner.schedule(now.plus(1, ChronoUnit.HOURS));
			return this.catalogue.save(sooner);
		});
		Resource bobsChanged = as(BOB, () -> {
			Resource draft = resource(category, ResourceKind.PRACTICE_EXAMPLE, MARK + " Bob draft");
			draft.setReviewDueOn(TODAY.plusDays(5));
			this.catalogue.save(draft);
			Resource due = resource(category, ResourceKind.PRACTICE_EXAMPLE, MARK + " Bob published due today");
			due.setSummary("Mentions a Zebra-" + RUN + " in its summary.");
			due.publish(now.minus(1, ChronoUnit.DAYS));
			due.setReviewDueOn(TODAY);
			this.catalogue.save(due);
			return this.catalogue.save(resource(category, ResourceKind.PRACTICE_EXAMPLE, MARK + " Bob's draft"));
		});
		as(ALICE, () -> {
			Resource changed = this.catalogue.findResource(bobsChanged.getSlug()).orElseThrow();
			changed.setTitle(MARK + " Bob's draft Alice changed");
			return this.catalogue.save(changed);
		});
	}

	private void createContacts() {
		contact("Never verified " + RUN, null);
		contact("Two years ago " + RUN, TODAY.minusYears(2));
		contact("Thirteen months ago " + RUN, TODAY.minusMonths(13));
		contact("Exactly a year ago " + RUN, TODAY.minusMonths(12));
		contact("Last month " + RUN, TODAY.minusMonths(1));
	}

	private void contact(String organisation, LocalDate verified) {
		ContactCard card = new ContactCard("dashboard-" + organisation.toLowerCase().replace(' ', '-'), organisation);
		card.setLastVerifiedOn(verified);
		this.contacts.save(card);
	}

	private static Resource resource(Category category, ResourceKind kind, String title) {
		String slug = "dashboard-" + title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
		return new Resource(kind, slug, title, category);
	}

	private static <T> T as(String email, Supplier<T> action) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email, null,
				List.of(new SimpleGrantedAuthority("ROLE_EDITOR"))));
		SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static Map<ResourceStatus, Long> counts(DashboardPage page) {
		Map<ResourceStatus, Long> counts = new EnumMap<>(ResourceStatus.class);
		page.counts().forEach((count) -> counts.put(count.status(), count.total()));
		return counts;
	}

	private static List<String> titles(List<ResourceRow> rows) {
		return rows.stream().map(ResourceRow::title).toList();
	}

}
