package uk.youthjustice.library.sharing;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;

import uk.youthjustice.library.catalogue.AgeRange;
import uk.youthjustice.library.catalogue.CostKind;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.catalogue.Sex;
import uk.youthjustice.library.system.AddAnother;
import uk.youthjustice.library.system.Choice;
import uk.youthjustice.library.system.Slugs;

/**
 * Practice examples sent in by practitioners: storing them, the editors' queue, turning
 * one into a draft resource or rejecting it, and deleting the personal data in them once
 * it is no longer needed.
 */
@Service
@Transactional(readOnly = true)
class Submissions {

	/**
	 * How long after the decision the people's names and contact details in a submission
	 * are kept: long enough to answer questions about the decision. The privacy notice
	 * says the same.
	 */
	static final Period RETENTION = Period.ofMonths(6);

	static final int PAGE_SIZE = 25;

	/**
	 * More topics than any library has: a form claiming more was not sent by a browser.
	 */
	private static final int MOST_TOPICS = 200;

	private static final Logger logger = LoggerFactory.getLogger(Submissions.class);

	private final SubmissionRepository submissions;

	private final SharingCategories categories;

	private final SharingTopics topics;

	private final SharingEvidence evidence;

	private final SharingResources resources;

	private final SubmissionContacts contacts;

	private final Clock clock;

	Submissions(SubmissionRepository submissions, SharingCategories categories, SharingTopics topics,
			SharingEvidence evidence, SharingResources resources, SubmissionContacts contacts, Clock clock) {
		this.submissions = submissions;
		this.categories = categories;
		this.topics = topics;
		this.evidence = evidence;
		this.resources = resources;
		this.contacts = contacts;
		this.clock = clock;
	}

	/** The categories, topics and evidence classifications the forms offer. */
	Options options() {
		return new Options(
				this.categories.findAllByOrderByPositionAscNameAsc()
					.stream()
					.map((category) -> new Choice(category.getId().toString(), category.getName()))
					.toList(),
				this.topics.findAllByOrderByName()
					.stream()
					.map((topic) -> new Choice(topic.getId().toString(), topic.getName()))
					.toList(),
				this.evidence.findAllByOrderByPositionAscNameAsc()
					.stream()
					.map((label) -> new Choice(label.getId().toString(), label.getName()))
					.toList());
	}

	/**
	 * Stores a checked submission for the editors. A category, topic or evidence label
	 * that no longer exists is left out.
	 */
	@Transactional
	long submit(ShareForm form) {
		PracticeSubmission submission = new PracticeSubmission(this.clock.instant(), form.title(), form.summary(),
				form.description());
		submission.setSubmitter(form.name(), form.email(), form.organisation(), orNull(form.role()));
		idOf(form.category()).flatMap(this.categories::findById).ifPresent(submission::setCategory);
		submission.getTopics()
			.addAll(this.topics.findByIdIn(
					form.topics().stream().flatMap((id) -> idOf(id).stream()).distinct().limit(MOST_TOPICS).toList()));
		submission.setAgeRange(new AgeRange(Integer.valueOf(form.ageFrom()), Integer.valueOf(form.ageTo())));
		submission.setSex(Sex.valueOf(form.sex()));
		CostKind cost = switch (form.cost()) {
			case ShareForm.FREE -> CostKind.NONE;
			case ShareForm.HAS_COST -> CostKind.HAS_COST;
			default -> CostKind.NOT_STATED;
		};
		submission.setCost(cost, (cost == CostKind.HAS_COST) ? form.costText() : null);
		submission.getAims().addAll(AddAnother.kept(form.aims()));
		submission.getSteps().addAll(AddAnother.kept(form.steps()));
		submission.setEvidence(idOf(form.evidence()).flatMap(this.evidence::findById).orElse(null),
				orNull(form.evidenceText()));
		submission.setContact(form.contactOrganisation(), orNull(form.contactName()), orNull(form.contactTelephone()),
				orNull(form.contactEmail()));
		long id = this.submissions.save(submission).getId();
		logger.info("Practice submission {} received", id);
		return id;
	}

	/** One page of the moderation queue, from 0; a page past the end is the last. */
	Page<SubmissionRow> queue(int page) {
		Page<SubmissionRow> rows = this.submissions.queue(PageRequest.of(page, PAGE_SIZE));
		if (rows.getContent().isEmpty() && page > 0 && rows.getTotalPages() > 0) {
			return this.submissions.queue(PageRequest.of(rows.getTotalPages() - 1, PAGE_SIZE));
		}
		return rows;
	}

	long countPending() {
		return this.submissions.countByStatus(SubmissionStatus.PENDING);
	}

	Optional<SubmissionDetail> detail(long id) {
		return this.submissions.findDetail(id).map(SubmissionDetail::of);
	}

	/**
	 * Makes a draft practice example of a pending submission, with a contact card for its
	 * contact, and marks the submission accepted.
	 * @return the new resource's id
	 * @throws SubmissionAlreadyDecided if an editor decided on it already
	 * @throws UnknownChoice if the category or evidence classification no longer exists
	 */
	@Transactional
	long turnIntoDraft(long id, long categoryId, Long evidenceId, String editor) {
		PracticeSubmission submission = pending(id);
		var category = this.categories.findById(categoryId).orElseThrow(() -> new UnknownChoice("category"));
		var label = (evidenceId != null)
				? this.evidence.findById(evidenceId).orElseThrow(() -> new UnknownChoice("evidence")) : null;
		Resource draft = new Resource(ResourceKind.PRACTICE_EXAMPLE,
				Slugs.unique(submission.getTitle(), this.resources::isSlugTaken), submission.getTitle(), category);
		draft.setSummary(submission.getSummary());
		draft.setDescription(submission.getDescription());
		draft.setEvidence(label);
		draft.setAgeRange(submission.getAgeRange());
		draft.setSex(submission.getSex());
		draft.setCostKind(submission.getCostKind());
		draft.setCostText(submission.getCostText());
		draft.getAims().addAll(submission.getAims());
		draft.getImplementationSteps().addAll(submission.getSteps());
		draft.getTopics().addAll(submission.getTopics());
		draft.getContacts().add(this.contacts.cardFor(submission));
		long resourceId = this.resources.save(draft).getId();
		submission.accept(resourceId, editor, this.clock.instant());
		logger.info("Practice submission {} turned into draft resource {} by {}", id, resourceId, editor);
		return resourceId;
	}

	/**
	 * Rejects a pending submission with the editor's reason.
	 * @throws SubmissionAlreadyDecided if an editor decided on it already
	 */
	@Transactional
	void reject(long id, String reason, String editor) {
		pending(id).reject(reason, editor, this.clock.instant());
		logger.info("Practice submission {} rejected by {}", id, editor);
	}

	/**
	 * Deletes the names and contact details in submissions decided more than
	 * {@link #RETENTION} ago.
	 * @return how many submissions had theirs deleted
	 */
	@Transactional
	int deletePersonalData() {
		Instant now = this.clock.instant();
		Instant cutoff = now.atOffset(ZoneOffset.UTC).minus(RETENTION).toInstant();
		int deleted = this.submissions.deletePersonalDataDecidedBefore(cutoff, now);
		if (deleted > 0) {
			logger.info("Deleted the personal data in {} practice submissions decided before {}", deleted, cutoff);
		}
		return deleted;
	}

	private PracticeSubmission pending(long id) {
		PracticeSubmission submission = this.submissions.findForDecision(id)
			.orElseThrow(() -> new UnknownSubmission(id));
		if (!submission.isPending()) {
			throw new SubmissionAlreadyDecided(id);
		}
		return submission;
	}

	private static Optional<Long> idOf(String text) {
		if (text == null || !text.matches("\\d{1,18}")) {
			return Optional.empty();
		}
		return Optional.of(Long.valueOf(text));
	}

	private static String orNull(String text) {
		return (text == null || text.isEmpty()) ? null : text;
	}

	/**
	 * What the forms offer to choose from.
	 *
	 * @param categories every category, in their order
	 * @param topics every topic, by name
	 * @param evidence every evidence classification, strongest first
	 */
	record Options(List<Choice> categories, List<Choice> topics, List<Choice> evidence) {

		boolean hasCategory(String id) {
			return this.categories.stream().anyMatch((choice) -> choice.value().equals(id));
		}

		boolean hasEvidence(String id) {
			return this.evidence.stream().anyMatch((choice) -> choice.value().equals(id));
		}

	}

	/** A decision on a submission an editor has already decided on. */
	static class SubmissionAlreadyDecided extends RuntimeException {

		SubmissionAlreadyDecided(long id) {
			super("Practice submission " + id + " was already decided");
		}

	}

	/** A submission that does not exist (or no longer does): the page is not found. */
	@ResponseStatus(HttpStatus.NOT_FOUND)
	static class UnknownSubmission extends RuntimeException {

		UnknownSubmission(long id) {
			super("No practice submission " + id);
		}

	}

	/** A category or evidence classification deleted while an editor was deciding. */
	static class UnknownChoice extends RuntimeException {

		private final String field;

		UnknownChoice(String field) {
			super("The chosen " + field + " no longer exists");
			this.field = field;
		}

		String field() {
			return this.field;
		}

	}

}
