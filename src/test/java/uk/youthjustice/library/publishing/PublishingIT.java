package uk.youthjustice.library.publishing;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.transaction.support.TransactionTemplate;

import uk.youthjustice.library.catalogue.Catalogue;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.ResourcePage;
import uk.youthjustice.library.catalogue.ResourcePages;
import uk.youthjustice.library.catalogue.ResourceStatus;
import uk.youthjustice.library.contacts.ContactDirectory;
import uk.youthjustice.library.support.LocalHttp;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The workflow and the scheduler on PostgreSQL, seen through the public pages. The
 * library's own scheduler runs meanwhile with the real clock, so resources scheduled here
 * are due only at times these tests give the job themselves.
 */
@WithLibrary
class PublishingIT {

	@Autowired
	Publishing publishing;

	@Autowired
	ScheduledPublisher scheduler;

	@Autowired
	PublishingRepository repository;

	@Autowired
	ResourcePages pages;

	@Autowired
	Catalogue catalogue;

	@Autowired
	ContactDirectory contacts;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ApplicationEventMulticaster multicaster;

	@Autowired
	Clock clock;

	@LocalServerPort
	int port;

	private PublishingFixture fixture;

	private final List<Object> events = new CopyOnWriteArrayList<>();

	private final ApplicationListener<PayloadApplicationEvent<?>> recorder = (event) -> {
		Object payload = event.getPayload();
		if (payload instanceof ResourcePublished || payload instanceof ResourceUnpublished
				|| payload instanceof ResourceArchived) {
			this.events.add(payload);
		}
	};

	@BeforeEach
	void setUp() {
		this.fixture = new PublishingFixture(this.catalogue, this.contacts);
		this.multicaster.addApplicationListener(this.recorder);
	}

	@AfterEach
	void stopRecording() {
		this.multicaster.removeApplicationListener(this.recorder);
	}

	@Test
	void publishUnpublishRepublishArchiveAndReturnToDraft() {
		Resource resource = this.fixture.completeDraft("Heritage panel");
		Long id = resource.getId();
		assertPublic(resource, false);

		Instant before = this.clock.instant();
		this.publishing.publish(id, "Not recorded on a first publication");
		Resource published = reload(id);
		assertThat(published.getStatus()).isEqualTo(ResourceStatus.PUBLISHED);
		assertThat(published.getPublishedAt()).isBetween(before, this.clock.instant());
		assertPublic(resource, true);

		this.publishing.unpublish(id);
		assertThat(reload(id).getStatus()).isEqualTo(ResourceStatus.DRAFT);
		assertPublic(resource, false);

		this.publishing.publish(id, "Added the <b>second</b> step.");
		assertThat(reload(id).getPublishedAt()).isEqualTo(published.getPublishedAt());
		String page = get("/resources/" + resource.getSlug()).body();
		assertThat(page).contains("Added the &lt;b&gt;second&lt;/b&gt; step.");

		this.publishing.archive(id);
		assertThat(reload(id).getStatus()).isEqualTo(ResourceStatus.ARCHIVED);
		assertPublic(resource, false);

		this.publishing.returnToDraft(id);
		assertThat(reload(id).getStatus()).isEqualTo(ResourceStatus.DRAFT);
		assertThat(eventsFor(id)).containsExactly(new ResourcePublished(id, resource.getSlug()),
				new ResourceUnpublished(id, resource.getSlug()), new ResourcePublished(id, resource.getSlug()),
				new ResourceArchived(id, resource.getSlug()));
	}

	@Test
	void anIncompleteResourceIsRefusedWithWhatIsMissing() {
		Resource resource = this.fixture.save(this.fixture.incompleteDraft("Unfinished"));

		assertThat(this.publishing.missing(resource.getId())).containsExactly(Requirement.SUMMARY,
				Requirement.DESCRIPTION, Requirement.AIM, Requirement.IMPLEMENTATION_STEP, Requirement.CONTACT,
				Requirement.EVIDENCE);
		assertThatThrownBy(() -> this.publishing.publish(resource.getId(), null))
			.isInstanceOf(PublishingRefusedException.class);
		assertThat(reload(resource.getId()).getStatus()).isEqualTo(ResourceStatus.DRAFT);
		assertThat(eventsFor(resource.getId())).isEmpty();
	}

	@Test
	void aScheduledResourceIsPublishedWhenTheJobRunsAfterItsTime() {
		Resource resource = this.fixture.completeDraft("Scheduled panel");
		Instant at = this.clock.instant().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);

		this.publishing.schedule(resource.getId(), at);
		assertThat(reload(resource.getId()).getStatus()).isEqualTo(ResourceStatus.SCHEDULED);
		assertThat(reload(resource.getId()).getPublishAt()).isEqualTo(at);

		this.scheduler.publishDue(at.minusSeconds(1));
		assertThat(reload(resource.getId()).getStatus()).as("not yet due").isEqualTo(ResourceStatus.SCHEDULED);

		this.scheduler.publishDue(at.plus(Duration.ofSeconds(30)));
		Resource published = reload(resource.getId());
		assertThat(published.getStatus()).isEqualTo(ResourceStatus.PUBLISHED);
		assertThat(published.getPublishedAt()).isEqualTo(at);
		assertThat(published.getPublishAt()).isNull();
		assertThat(eventsFor(resource.getId()))
			.containsExactly(new ResourcePublished(resource.getId(), resource.getSlug()));
	}

	@Test
	void aResourceThatFellDueWhileTheLibraryWasDownIsPublishedDatedItsTime() {
		Resource resource = this.fixture.completeDraft("Overdue panel");
		Instant at = this.clock.instant().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		this.transaction
			.executeWithoutResult((status) -> this.repository.findById(resource.getId()).orElseThrow().schedule(at));

		this.scheduler.publishDue(this.clock.instant());

		Resource published = reload(resource.getId());
		assertThat(published.getStatus()).isEqualTo(ResourceStatus.PUBLISHED);
		assertThat(published.getPublishedAt()).isEqualTo(at);
		assertPublic(resource, true);
	}

	@Test
	void aResourceNoLongerCompleteAtItsTimeStaysScheduledUntilItIs() {
		Resource resource = this.fixture.completeDraft("Emptied panel");
		Instant at = this.clock.instant().plus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
		this.publishing.schedule(resource.getId(), at);
		this.transaction.executeWithoutResult(
				(status) -> this.repository.findById(resource.getId()).orElseThrow().getAims().clear());

		assertThat(this.scheduler.publishDue(at.plusSeconds(60))).isZero();
		assertThat(reload(resource.getId()).getStatus()).isEqualTo(ResourceStatus.SCHEDULED);
		assertThat(this.publishing.overview(resource.getId()).orElseThrow().missing()).containsExactly(Requirement.AIM);

		this.transaction.executeWithoutResult(
				(status) -> this.repository.findById(resource.getId()).orElseThrow().getAims().add("Back again"));
		this.scheduler.publishDue(at.plusSeconds(120));
		assertThat(reload(resource.getId()).getStatus()).isEqualTo(ResourceStatus.PUBLISHED);
		assertThat(reload(resource.getId()).getPublishedAt()).isEqualTo(at);
	}

	@Test
	void twoNodesRunningTheJobAtOncePublishEachResourceOnce() throws Exception {
		Instant at = this.clock.instant().plus(1, ChronoUnit.DAYS);
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			Long id = this.fixture.completeDraft("Race " + i).getId();
			this.publishing.schedule(id, at);
			ids.add(id);
		}
		Instant due = at.plusSeconds(1);
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> runs = new ArrayList<>();
			for (int node = 0; node < 2; node++) {
				runs.add(nodes.submit(() -> {
					start.await();
					return this.scheduler.publishDue(due);
				}));
			}
			start.countDown();
			int published = 0;
			for (Future<Integer> run : runs) {
				published += run.get(60, TimeUnit.SECONDS);
			}
			assertThat(published).isEqualTo(ids.size());
		}
		finally {
			nodes.shutdownNow();
		}
		assertThat(ids).allSatisfy((id) -> assertThat(reload(id).getStatus()).isEqualTo(ResourceStatus.PUBLISHED));
		List<Long> announced = this.events.stream()
			.filter(ResourcePublished.class::isInstance)
			.map((event) -> ((ResourcePublished) event).id())
			.filter(ids::contains)
			.toList();
		assertThat(announced).hasSameSizeAs(ids).doesNotHaveDuplicates();
	}

	@Test
	void publishingAReplacementLeavesTheEarlierEditionForTheEditorToArchive() {
		Resource earlier = this.fixture.completeDraft("Panel 2019");
		this.publishing.publish(earlier.getId(), null);
		Resource later = this.fixture.completeDraft("Panel 2026");
		this.transaction.executeWithoutResult((status) -> this.repository.findById(later.getId())
			.orElseThrow()
			.setReplaces(this.repository.findById(earlier.getId()).orElseThrow()));

		this.publishing.publish(later.getId(), null);

		assertThat(reload(earlier.getId()).getStatus()).as("not archived for the editor")
			.isEqualTo(ResourceStatus.PUBLISHED);
		Overview overview = this.publishing.overview(later.getId()).orElseThrow();
		assertThat(overview.isReplacedStillPublished()).isTrue();
		assertThat(this.publishing.overview(earlier.getId()).orElseThrow().replacedBy())
			.containsExactly(new Overview.Related(later.getId(), later.getTitle(), ResourceStatus.PUBLISHED));
		assertThat(get("/resources/" + earlier.getSlug()).body()).contains("This has been replaced by")
			.contains(later.getTitle());

		this.publishing.archive(earlier.getId());
		assertThat(this.publishing.overview(later.getId()).orElseThrow().isReplacedStillPublished()).isFalse();
		String laterPage = get("/resources/" + later.getSlug()).body();
		assertThat(laterPage).contains("This replaces").doesNotContain("href=\"/resources/" + earlier.getSlug());
	}

	@Test
	void aPreviewShowsAnyResourceAsThePublicWouldSeeIt() {
		Resource draft = this.fixture.completeDraft("Previewed draft");
		Resource scheduled = this.fixture.completeDraft("Previewed schedule");
		Instant at = this.clock.instant().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		this.publishing.schedule(scheduled.getId(), at);

		Instant before = this.clock.instant();
		ResourcePage page = this.pages.preview(draft.getId()).orElseThrow();
		assertThat(page.status()).isEqualTo(ResourceStatus.DRAFT);
		assertThat(page.title()).isEqualTo(draft.getTitle());
		assertThat(page.aims()).containsExactly("Keep children in school");
		assertThat(page.publishedAt()).isBetween(before, this.clock.instant());
		assertThat(this.pages.preview(scheduled.getId()).orElseThrow().publishedAt()).isEqualTo(at);
		assertThat(this.pages.preview(Long.MAX_VALUE)).isEmpty();
	}

	@Test
	void theAdminPagesAreNotForTheAnonymousPublic() {
		Resource draft = this.fixture.completeDraft("Secret draft");

		for (String path : List.of("", "/preview", "/schedule", "/unpublish", "/archive")) {
			HttpResponse<String> response = get("/admin/resources/" + draft.getId() + path);
			assertThat(response.statusCode()).as(path).isIn(302, 401, 403);
			assertThat(response.body()).doesNotContain(draft.getTitle());
		}
		assertThat(get("/resources/" + draft.getSlug()).statusCode()).isEqualTo(404);
	}

	private void assertPublic(Resource resource, boolean visible) {
		assertThat(get("/resources/" + resource.getSlug()).statusCode()).isEqualTo(visible ? 200 : 404);
		String category = get("/categories/" + this.fixture.category().getSlug()).body();
		if (visible) {
			assertThat(category).contains(resource.getTitle());
		}
		else {
			assertThat(category).doesNotContain(resource.getTitle());
		}
	}

	private List<Object> eventsFor(Long id) {
		Set<Class<?>> kinds = Set.of(ResourcePublished.class, ResourceUnpublished.class, ResourceArchived.class);
		return this.events.stream()
			.filter((event) -> kinds.contains(event.getClass()))
			.filter((event) -> id.equals(idOf(event)))
			.collect(Collectors.toList());
	}

	private static Long idOf(Object event) {
		if (event instanceof ResourcePublished published) {
			return published.id();
		}
		if (event instanceof ResourceUnpublished unpublished) {
			return unpublished.id();
		}
		return ((ResourceArchived) event).id();
	}

	private Resource reload(Long id) {
		return this.repository.findById(id).orElseThrow();
	}

	private HttpResponse<String> get(String path) {
		return LocalHttp.getPage(this.port, path);
	}

}
