package uk.youthjustice.library.sharing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import uk.youthjustice.library.catalogue.AgeRange;
import uk.youthjustice.library.catalogue.Catalogue;
import uk.youthjustice.library.catalogue.Category;
import uk.youthjustice.library.catalogue.CostKind;
import uk.youthjustice.library.catalogue.EvidenceClassification;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.catalogue.ResourceStatus;
import uk.youthjustice.library.catalogue.Sex;
import uk.youthjustice.library.catalogue.Topic;
import uk.youthjustice.library.contacts.ContactCard;
import uk.youthjustice.library.contacts.ContactDirectory;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Practice submissions on PostgreSQL with the whole library: the public form through the
 * real security chain, the moderation queue, drafts with their contact cards, rejection,
 * final decisions and the deletion of personal data. The library is shared with other
 * tests, so every submission here has a title of its own.
 */
@WithLibrary
class SharingIT {

	private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@Autowired
	Submissions submissions;

	@Autowired
	SubmissionRepository repository;

	@Autowired
	Catalogue catalogue;

	@Autowired
	ContactDirectory contacts;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aPractitionerSendsTheFormWithTheSessionTokenItGaveThem() throws Exception {
		HttpResponse<String> form = send(HttpRequest.newBuilder(uri("/share")).GET());
		assertThat(form.statusCode()).isEqualTo(200);
		String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
		assertThat(form.headers().firstValue("Set-Cookie").orElseThrow()).containsIgnoringCase("HttpOnly")
			.containsIgnoringCase("SameSite=Lax");
		String token = Jsoup.parse(form.body()).select("form[action=/share] input[name=_csrf]").val();
		assertThat(token).isNotBlank();
		String title = unique("Homework club");
		Map<String, String> fields = fields(title);

		HttpResponse<String> withoutToken = post("/share", fields, cookie);
		assertThat(withoutToken.statusCode()).isEqualTo(403);
		fields.put("_csrf", "not-the-token");
		assertThat(post("/share", fields, cookie).statusCode()).isEqualTo(403);
		assertThat(findByTitle(title)).isEmpty();

		fields.put("_csrf", token);
		HttpResponse<String> sent = post("/share", fields, cookie);
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/share/sent");
		PracticeSubmission stored = findByTitle(title).orElseThrow();
		assertThat(stored.getStatus()).isEqualTo(SubmissionStatus.PENDING);
		assertThat(stored.getSubmitterEmail()).isEqualTo("sam@yjs.example.org.uk");
		assertThat(stored.getDescription()).isEqualTo("<b>Bold</b> claims\n\nSecond paragraph");
	}

	@Test
	void theQueueAndSubmissionsAreForEditorsOnly() {
		for (String path : List.of("/admin/submissions", "/admin/submissions/1")) {
			HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
			assertThat(response.statusCode()).as(path).isEqualTo(302);
			assertThat(response.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/login");
		}
	}

	@Test
	void aSubmissionIsStoredWithEveryField() {
		Taxonomy taxonomy = taxonomy();
		String title = unique("Speech screening");
		long id = this.submissions.submit(form(title, taxonomy, "screening-" + UUID.randomUUID() + "@example.org"));

		SubmissionDetail detail = this.submissions.detail(id).orElseThrow();
		assertThat(detail.title()).isEqualTo(title);
		assertThat(detail.submitter()).isEqualTo(new SubmissionDetail.Person("Example YJS", "Sam Practitioner",
				"Speech and language therapist", null, "sam@yjs.example.org.uk"));
		assertThat(detail.categoryId()).isEqualTo(taxonomy.category().getId());
		assertThat(detail.topics()).containsExactly(taxonomy.topics().get(0).getName(),
				taxonomy.topics().get(1).getName());
		assertThat(detail.ageFrom()).isEqualTo(12);
		assertThat(detail.ageTo()).isEqualTo(17);
		assertThat(detail.sex()).isEqualTo(Sex.MALE);
		assertThat(detail.costKind()).isEqualTo(CostKind.HAS_COST);
		assertThat(detail.costText()).isEqualTo("Licence: 450 pounds a year");
		assertThat(detail.aims()).containsExactly("Children understand their orders", "Fewer breaches");
		assertThat(detail.steps()).containsExactly("Screen at the first appointment", "Adapt the plan",
				"Review after 3 months");
		assertThat(detail.paragraphs()).containsExactly(List.of("We screen every child."),
				List.of("Then we adapt", "how we speak."));
		assertThat(detail.evidenceId()).isEqualTo(taxonomy.evidence().getId());
		assertThat(detail.evidenceText()).isEqualTo("An evaluation in 2025");
		assertThat(detail.contact().organisation()).isEqualTo("Example YJS");
		assertThat(detail.decision()).isNull();
	}

	@Test
	void theQueueShowsWaitingSubmissionsBeforeDecidedOnes() {
		Taxonomy taxonomy = taxonomy();
		long decided = this.submissions.submit(form(unique("Decided"), taxonomy, null));
		this.submissions.reject(decided, "Not youth justice practice", "editor@example.org");
		long older = this.submissions.submit(form(unique("Waiting longer"), taxonomy, null));
		long newer = this.submissions.submit(form(unique("Waiting less"), taxonomy, null));

		List<Long> order = new ArrayList<>();
		for (int page = 0; page < this.submissions.queue(0).getTotalPages(); page++) {
			this.submissions.queue(page).forEach((row) -> order.add(row.id()));
		}
		assertThat(order).containsSubsequence(older, newer, decided);
		assertThat(this.submissions.countPending()).isGreaterThanOrEqualTo(2);
		assertThat(this.submissions.queue(10_000).getContent()).as("a page past the end is the last").isNotEmpty();
	}

	@Test
	void turningIntoADraftCopiesEverythingAndMakesANewContactCard() {
		Taxonomy taxonomy = taxonomy();
		String email = "new-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		String title = unique("Restorative circles");
		long id = this.submissions.submit(form(title, taxonomy, email));
		Category filed = this.catalogue
			.save(new Category(unique("filed").toLowerCase().replace(' ', '-'), unique("Filed"), null, 99));

		long resourceId = this.submissions.turnIntoDraft(id, filed.getId(), taxonomy.evidence().getId(),
				"editor@example.org");

		this.transaction.executeWithoutResult((status) -> {
			Resource draft = this.entityManager.find(Resource.class, resourceId);
			assertThat(draft.getKind()).isEqualTo(ResourceKind.PRACTICE_EXAMPLE);
			assertThat(draft.getStatus()).isEqualTo(ResourceStatus.DRAFT);
			assertThat(draft.getPublishedAt()).isNull();
			assertThat(draft.getSlug()).startsWith("restorative-circles");
			assertThat(draft.getTitle()).isEqualTo(title);
			assertThat(draft.getSummary()).isEqualTo("Every child is screened.");
			assertThat(draft.getDescription()).isEqualTo("We screen every child.\n\nThen we adapt\nhow we speak.");
			assertThat(draft.getCategory().getId()).isEqualTo(filed.getId());
			assertThat(draft.getEvidence().getId()).isEqualTo(taxonomy.evidence().getId());
			assertThat(draft.getAgeRange()).isEqualTo(new AgeRange(12, 17));
			assertThat(draft.getSex()).isEqualTo(Sex.MALE);
			assertThat(draft.getCostKind()).isEqualTo(CostKind.HAS_COST);
			assertThat(draft.getCostText()).isEqualTo("Licence: 450 pounds a year");
			assertThat(draft.getAims()).containsExactly("Children understand their orders", "Fewer breaches");
			assertThat(draft.getImplementationSteps()).containsExactly("Screen at the first appointment",
					"Adapt the plan", "Review after 3 months");
			assertThat(draft.getTopics()).extracting(Topic::getId)
				.containsExactlyInAnyOrder(taxonomy.topics().get(0).getId(), taxonomy.topics().get(1).getId());
			assertThat(draft.getContacts()).hasSize(1);
			ContactCard card = draft.getContacts().get(0);
			assertThat(card.getOrganisation()).isEqualTo("Example YJS");
			assertThat(card.getPersonName()).isEqualTo("Alex Contact");
			assertThat(card.getTelephone()).isEqualTo("0113 496 0000");
			assertThat(card.getEmail()).isEqualTo(email);
			assertThat(card.getSlug()).startsWith("example-yjs-alex-contact");
			assertThat(card.getLastVerifiedOn()).as("an editor verifies it").isNull();
		});

		SubmissionDetail accepted = this.submissions.detail(id).orElseThrow();
		assertThat(accepted.status()).isEqualTo(SubmissionStatus.ACCEPTED);
		assertThat(accepted.decision().resourceId()).isEqualTo(resourceId);
		assertThat(accepted.decision().by()).isEqualTo("editor@example.org");
		assertThat(accepted.decision().at()).isNotNull();
	}

	@Test
	void aContactCardWithTheSameEmailIsReusedAndTitlesGetSlugsOfTheirOwn() {
		Taxonomy taxonomy = taxonomy();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		ContactCard existing = new ContactCard("existing-" + suffix, "Existing YJS");
		existing.setEmail("Reuse-" + suffix + "@Example.org");
		existing = this.contacts.save(existing);
		String title = unique("Mentoring");
		long first = this.submissions.submit(form(title, taxonomy, "reuse-" + suffix + "@EXAMPLE.org"));
		long second = this.submissions.submit(form(title, taxonomy, "reuse-" + suffix + "@example.org"));
		long cardsBefore = this.contacts.count();

		long firstDraft = this.submissions.turnIntoDraft(first, taxonomy.category().getId(), null, "e@example.org");
		long secondDraft = this.submissions.turnIntoDraft(second, taxonomy.category().getId(), null, "e@example.org");

		assertThat(this.contacts.count()).isEqualTo(cardsBefore);
		Long existingId = existing.getId();
		this.transaction.executeWithoutResult((status) -> {
			Resource one = this.entityManager.find(Resource.class, firstDraft);
			Resource two = this.entityManager.find(Resource.class, secondDraft);
			assertThat(one.getContacts()).extracting(ContactCard::getId).containsExactly(existingId);
			assertThat(two.getContacts()).extracting(ContactCard::getId).containsExactly(existingId);
			assertThat(one.getEvidence()).isNull();
			assertThat(two.getSlug()).isEqualTo(one.getSlug() + "-2");
		});
	}

	@Test
	void aRejectionKeepsTheReasonAndNoDecisionIsTakenTwice() {
		Taxonomy taxonomy = taxonomy();
		String title = unique("Not practice");
		long id = this.submissions.submit(form(title, taxonomy, null));
		this.submissions.reject(id, "<script>alert(1)</script> Not about work with children", "editor@example.org");

		SubmissionDetail rejected = this.submissions.detail(id).orElseThrow();
		assertThat(rejected.status()).isEqualTo(SubmissionStatus.REJECTED);
		assertThat(rejected.decision().reason()).isEqualTo("<script>alert(1)</script> Not about work with children");
		assertThat(rejected.decision().by()).isEqualTo("editor@example.org");
		assertThat(rejected.decision().resourceId()).isNull();

		assertThatExceptionOfType(Submissions.SubmissionAlreadyDecided.class)
			.isThrownBy(() -> this.submissions.reject(id, "again", "other@example.org"));
		assertThatExceptionOfType(Submissions.SubmissionAlreadyDecided.class).isThrownBy(
				() -> this.submissions.turnIntoDraft(id, taxonomy.category().getId(), null, "other@example.org"));
		assertThat(this.jdbc.queryForObject("select count(*) from resource where title = ?", Long.class, title))
			.as("no draft left behind by the refused decision")
			.isZero();
		assertThat(this.submissions.detail(id).orElseThrow().decision().by()).isEqualTo("editor@example.org");
	}

	@Test
	void personalDataIsDeletedSixMonthsAfterTheDecisionAndNotBefore() {
		Taxonomy taxonomy = taxonomy();
		long old = this.submissions.submit(form(unique("Decided long ago"), taxonomy, "old@example.org"));
		long recent = this.submissions.submit(form(unique("Decided lately"), taxonomy, "recent@example.org"));
		long waiting = this.submissions.submit(form(unique("Still waiting"), taxonomy, "waiting@example.org"));
		this.submissions.reject(old, "Duplicate", "editor@example.org");
		this.submissions.reject(recent, "Duplicate", "editor@example.org");
		this.jdbc.update("update practice_submission set decided_at = now() - interval '6 months 1 day' where id = ?",
				old);
		this.jdbc.update("update practice_submission set decided_at = now() - interval '5 months' where id = ?",
				recent);
		this.jdbc.update("update practice_submission set submitted_at = now() - interval '2 years' where id = ?",
				waiting);

		assertThat(this.submissions.deletePersonalData()).isGreaterThanOrEqualTo(1);

		SubmissionDetail cleared = this.submissions.detail(old).orElseThrow();
		assertThat(cleared.submitter()).isEqualTo(new SubmissionDetail.Person("Example YJS", null, null, null, null));
		assertThat(cleared.contact()).isEqualTo(new SubmissionDetail.Person("Example YJS", null, null, null, null));
		assertThat(cleared.personalDataDeletedAt()).isNotNull();
		assertThat(cleared.title()).startsWith("Decided long ago");
		assertThat(cleared.aims()).isNotEmpty();
		assertThat(cleared.decision().reason()).isEqualTo("Duplicate");
		assertThat(this.submissions.detail(recent).orElseThrow().submitter().email())
			.isEqualTo("sam@yjs.example.org.uk");
		assertThat(this.submissions.detail(waiting).orElseThrow().contact().email()).isEqualTo("waiting@example.org");

		var deletedAt = cleared.personalDataDeletedAt();
		this.submissions.deletePersonalData();
		assertThat(this.submissions.detail(old).orElseThrow().personalDataDeletedAt()).as("cleared once")
			.isEqualTo(deletedAt);
	}

	@Test
	void deletingATaxonomyTermLeavesSubmissionsStanding() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		Category category = this.catalogue.save(new Category("gone-" + suffix, "Gone " + suffix, null, 98));
		Topic topic = this.catalogue.save(new Topic("gone-" + suffix, "Gone " + suffix, null));
		EvidenceClassification label = this.catalogue
			.save(new EvidenceClassification("gone-" + suffix, "Gone " + suffix, null, 98));
		long id = this.submissions
			.submit(form(unique("Orphaned"), new Taxonomy(category, List.of(topic, topic), label), null));

		this.jdbc.update("delete from category where id = ?", category.getId());
		this.jdbc.update("delete from topic where id = ?", topic.getId());
		this.jdbc.update("delete from evidence_classification where id = ?", label.getId());

		SubmissionDetail detail = this.submissions.detail(id).orElseThrow();
		assertThat(detail.categoryId()).isNull();
		assertThat(detail.topics()).isEmpty();
		assertThat(detail.evidenceId()).isNull();
	}

	private Taxonomy taxonomy() {
		List<Category> categories = this.transaction.execute((status) -> this.entityManager
			.createQuery("select c from Category c order by c.position", Category.class)
			.setMaxResults(1)
			.getResultList());
		List<Topic> topics = this.transaction
			.execute((status) -> this.entityManager.createQuery("select t from Topic t order by t.name", Topic.class)
				.setMaxResults(2)
				.getResultList());
		List<EvidenceClassification> evidence = this.transaction.execute((status) -> this.entityManager
			.createQuery("select e from EvidenceClassification e order by e.position", EvidenceClassification.class)
			.setMaxResults(1)
			.getResultList());
		return new Taxonomy(categories.get(0), topics, evidence.get(0));
	}

	private static ShareForm form(String title, Taxonomy taxonomy, String contactEmail) {
		return new ShareForm("Sam Practitioner", "sam@yjs.example.org.uk", "Example YJS",
				"Speech and language therapist", title, "Every child is screened.",
				taxonomy.category().getId().toString(),
				taxonomy.topics().stream().map((topic) -> topic.getId().toString()).toList(), "12", "17", "MALE",
				"has-cost", "Licence: 450 pounds a year",
				new ArrayList<>(List.of("Children understand their orders", "", "Fewer breaches")),
				new ArrayList<>(List.of("Screen at the first appointment", "Adapt the plan", "Review after 3 months")),
				"We screen every child.\n\nThen we adapt\nhow we speak.", taxonomy.evidence().getId().toString(),
				"An evaluation in 2025", "Example YJS", "Alex Contact", "0113 496 0000",
				(contactEmail != null) ? contactEmail : "", "yes", "");
	}

	private static Map<String, String> fields(String title) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", "Sam Practitioner");
		fields.put("email", "sam@yjs.example.org.uk");
		fields.put("organisation", "Example YJS");
		fields.put("title", title);
		fields.put("summary", "After-school homework help at the office.");
		fields.put("description", "<b>Bold</b> claims\r\n\r\nSecond paragraph");
		fields.put("ageFrom", "10");
		fields.put("ageTo", "17");
		fields.put("sex", "NOT_APPLICABLE");
		fields.put("cost", "free");
		fields.put("aims[0]", "Better school attendance");
		fields.put("steps[0]", "Book a room");
		fields.put("evidence", "not-sure");
		fields.put("contactOrganisation", "Example YJS");
		fields.put("contactTelephone", "0113 496 0000");
		fields.put("consent", "yes");
		fields.put("website", "");
		return fields;
	}

	private java.util.Optional<PracticeSubmission> findByTitle(String title) {
		return this.repository.findAll().stream().filter((s) -> s.getTitle().equals(title)).findFirst();
	}

	private HttpResponse<String> post(String path, Map<String, String> fields, String cookie) {
		String body = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookie)
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static String unique(String text) {
		return text + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	record Taxonomy(Category category, List<Topic> topics, EvidenceClassification evidence) {
	}

}
