package uk.youthjustice.library.sharing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import uk.youthjustice.library.catalogue.CostKind;
import uk.youthjustice.library.catalogue.Sex;
import uk.youthjustice.library.catalogue.TaxonomyTerm;

/**
 * Everything an editor needs to decide on a submission, read in one transaction. Text is
 * as the practitioner typed it; the template escapes it.
 *
 * @param id the submission's id
 * @param status where it is in moderation
 * @param submittedAt when it was sent
 * @param submitter who sent it; names empty once personal data is deleted
 * @param title the practice's title
 * @param summary its summary
 * @param categoryId the suggested category's id, or {@code null}
 * @param categoryName the suggested category's name, or {@code null}
 * @param topics the names of the topics ticked
 * @param ageFrom the youngest age, or {@code null}
 * @param ageTo the oldest age, or {@code null}
 * @param sex whom it was designed for
 * @param costKind whether it costs money
 * @param costText what it costs
 * @param aims its aims, in order
 * @param steps its implementation steps, in order
 * @param paragraphs the description, as paragraphs of lines
 * @param evidenceId the evidence classification's id, or {@code null} for "not sure"
 * @param evidenceName the evidence classification's name, or {@code null}
 * @param evidenceText what evidence there is
 * @param contact whom to ask about the practice
 * @param decision the editor's decision, or {@code null} while pending
 * @param personalDataDeletedAt when the personal data was deleted, or {@code null}
 */
record SubmissionDetail(long id, SubmissionStatus status, Instant submittedAt, Person submitter, String title,
		String summary, Long categoryId, String categoryName, List<String> topics, Integer ageFrom, Integer ageTo,
		Sex sex, CostKind costKind, String costText, List<String> aims, List<String> steps,
		List<List<String>> paragraphs, Long evidenceId, String evidenceName, String evidenceText, Person contact,
		Decision decision, Instant personalDataDeletedAt) {

	static SubmissionDetail of(PracticeSubmission submission) {
		var category = submission.getCategory();
		var evidence = submission.getEvidence();
		var age = submission.getAgeRange();
		return new SubmissionDetail(submission.getId(), submission.getStatus(), submission.getSubmittedAt(),
				new Person(submission.getSubmitterOrganisation(), submission.getSubmitterName(),
						submission.getSubmitterRole(), null, submission.getSubmitterEmail()),
				submission.getTitle(), submission.getSummary(), (category != null) ? category.getId() : null,
				(category != null) ? category.getName() : null,
				submission.getTopics().stream().map(TaxonomyTerm::getName).toList(), age.minimum(), age.maximum(),
				submission.getSex(), submission.getCostKind(), submission.getCostText(),
				List.copyOf(submission.getAims()), List.copyOf(submission.getSteps()),
				paragraphs(submission.getDescription()), (evidence != null) ? evidence.getId() : null,
				(evidence != null) ? evidence.getName() : null, submission.getEvidenceText(),
				new Person(submission.getContactOrganisation(), submission.getContactName(), null,
						submission.getContactTelephone(), submission.getContactEmail()),
				Decision.of(submission), submission.getPersonalDataDeletedAt());
	}

	public boolean isPending() {
		return this.status == SubmissionStatus.PENDING;
	}

	/** Plain text as paragraphs (split at blank lines) of lines. */
	static List<List<String>> paragraphs(String text) {
		List<List<String>> paragraphs = new ArrayList<>();
		for (String paragraph : text.split("\\n\\s*\\n")) {
			List<String> lines = paragraph.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
			if (!lines.isEmpty()) {
				paragraphs.add(lines);
			}
		}
		return paragraphs;
	}

	/**
	 * Someone named in a submission.
	 *
	 * @param organisation their organisation
	 * @param name their name, or {@code null}
	 * @param role their role, or {@code null}
	 * @param telephone their telephone number, or {@code null}
	 * @param email their email address, or {@code null}
	 */
	record Person(String organisation, String name, String role, String telephone, String email) {
	}

	/**
	 * What an editor decided.
	 *
	 * @param status accepted or rejected
	 * @param by the editor's email address
	 * @param at when
	 * @param reason why it was rejected, or {@code null}
	 * @param resourceId the draft made from it, or {@code null}
	 */
	record Decision(SubmissionStatus status, String by, Instant at, String reason, Long resourceId) {

		static Decision of(PracticeSubmission submission) {
			if (submission.isPending()) {
				return null;
			}
			return new Decision(submission.getStatus(), submission.getDecidedBy(), submission.getDecidedAt(),
					submission.getRejectionReason(), submission.getResourceId());
		}

	}

}
