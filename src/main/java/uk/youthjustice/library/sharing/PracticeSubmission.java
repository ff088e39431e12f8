package uk.youthjustice.library.sharing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import uk.youthjustice.library.catalogue.AgeRange;
import uk.youthjustice.library.catalogue.Category;
import uk.youthjustice.library.catalogue.CostKind;
import uk.youthjustice.library.catalogue.EvidenceClassification;
import uk.youthjustice.library.catalogue.Sex;
import uk.youthjustice.library.catalogue.Topic;

/**
 * A practice example a practitioner sent in through the "Share your practice" form,
 * stored as they wrote it (plain text) until an editor decides on it. The personal data
 * in it is cleared {@link Submissions#RETENTION} after the decision.
 */
@Entity
@Table(name = "practice_submission")
class PracticeSubmission {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private SubmissionStatus status = SubmissionStatus.PENDING;

	@Column(name = "submitted_at", nullable = false)
	private Instant submittedAt;

	@Column(name = "submitter_name", length = 200)
	private String submitterName;

	@Column(name = "submitter_email", length = 254)
	private String submitterEmail;

	@Column(name = "submitter_organisation", nullable = false, length = 200)
	private String submitterOrganisation;

	@Column(name = "submitter_role", length = 200)
	private String submitterRole;

	@Column(nullable = false, length = 300)
	private String title;

	@Column(nullable = false, length = 1000)
	private String summary;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "category_id")
	private Category category;

	@ManyToMany
	@JoinTable(name = "practice_submission_topic", joinColumns = @JoinColumn(name = "submission_id"),
			inverseJoinColumns = @JoinColumn(name = "topic_id"))
	@OrderBy("name")
	private Set<Topic> topics = new LinkedHashSet<>();

	@Embedded
	private AgeRange ageRange;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Sex sex = Sex.NOT_APPLICABLE;

	@Enumerated(EnumType.STRING)
	@Column(name = "cost_kind", nullable = false, length = 20)
	private CostKind costKind = CostKind.NOT_STATED;

	@Column(name = "cost_text", length = 300)
	private String costText;

	@ElementCollection
	@CollectionTable(name = "practice_submission_aim", joinColumns = @JoinColumn(name = "submission_id"))
	@OrderColumn(name = "position")
	@Column(name = "text", nullable = false, length = 1000)
	private List<String> aims = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "practice_submission_step", joinColumns = @JoinColumn(name = "submission_id"))
	@OrderColumn(name = "position")
	@Column(name = "text", nullable = false, length = 2000)
	private List<String> steps = new ArrayList<>();

	/** Plain text, as the practitioner typed it. */
	@Column(nullable = false, length = 10000)
	private String description;

	/** What the practitioner thinks the evidence is; empty for "not sure". */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "evidence_classification_id")
	private EvidenceClassification evidence;

	@Column(name = "evidence_text", length = 2000)
	private String evidenceText;

	@Column(name = "contact_organisation", nullable = false, length = 200)
	private String contactOrganisation;

	@Column(name = "contact_name", length = 200)
	private String contactName;

	@Column(name = "contact_telephone", length = 60)
	private String contactTelephone;

	@Column(name = "contact_email", length = 254)
	private String contactEmail;

	@Column(name = "decided_at")
	private Instant decidedAt;

	/** The email address of the editor who decided. */
	@Column(name = "decided_by", length = 254)
	private String decidedBy;

	@Column(name = "rejection_reason", length = 1000)
	private String rejectionReason;

	/** The draft made from it, by id: the resource is the catalogue's. */
	@Column(name = "resource_id")
	private Long resourceId;

	@Column(name = "personal_data_deleted_at")
	private Instant personalDataDeletedAt;

	protected PracticeSubmission() {
	}

	PracticeSubmission(Instant submittedAt, String title, String summary, String description) {
		this.submittedAt = submittedAt;
		this.title = title;
		this.summary = summary;
		this.description = description;
	}

	boolean isPending() {
		return this.status == SubmissionStatus.PENDING;
	}

	/** Records that an editor made a draft resource of it. */
	void accept(long resourceId, String editor, Instant at) {
		decide(SubmissionStatus.ACCEPTED, editor, at);
		this.resourceId = resourceId;
	}

	/** Records that an editor rejected it, and why. */
	void reject(String reason, String editor, Instant at) {
		decide(SubmissionStatus.REJECTED, editor, at);
		this.rejectionReason = reason;
	}

	private void decide(SubmissionStatus decision, String editor, Instant at) {
		if (!isPending()) {
			throw new IllegalStateException("Submission " + this.id + " was already decided");
		}
		this.status = decision;
		this.decidedBy = editor;
		this.decidedAt = at;
	}

	Long getId() {
		return this.id;
	}

	SubmissionStatus getStatus() {
		return this.status;
	}

	Instant getSubmittedAt() {
		return this.submittedAt;
	}

	String getSubmitterName() {
		return this.submitterName;
	}

	String getSubmitterEmail() {
		return this.submitterEmail;
	}

	String getSubmitterOrganisation() {
		return this.submitterOrganisation;
	}

	String getSubmitterRole() {
		return this.submitterRole;
	}

	void setSubmitter(String name, String email, String organisation, String role) {
		this.submitterName = name;
		this.submitterEmail = email;
		this.submitterOrganisation = organisation;
		this.submitterRole = role;
	}

	String getTitle() {
		return this.title;
	}

	String getSummary() {
		return this.summary;
	}

	Category getCategory() {
		return this.category;
	}

	void setCategory(Category category) {
		this.category = category;
	}

	Set<Topic> getTopics() {
		return this.topics;
	}

	AgeRange getAgeRange() {
		return (this.ageRange != null) ? this.ageRange : AgeRange.NOT_APPLICABLE;
	}

	void setAgeRange(AgeRange ageRange) {
		this.ageRange = ageRange;
	}

	Sex getSex() {
		return this.sex;
	}

	void setSex(Sex sex) {
		this.sex = sex;
	}

	CostKind getCostKind() {
		return this.costKind;
	}

	String getCostText() {
		return this.costText;
	}

	void setCost(CostKind kind, String text) {
		this.costKind = kind;
		this.costText = text;
	}

	List<String> getAims() {
		return this.aims;
	}

	List<String> getSteps() {
		return this.steps;
	}

	String getDescription() {
		return this.description;
	}

	EvidenceClassification getEvidence() {
		return this.evidence;
	}

	String getEvidenceText() {
		return this.evidenceText;
	}

	void setEvidence(EvidenceClassification evidence, String text) {
		this.evidence = evidence;
		this.evidenceText = text;
	}

	String getContactOrganisation() {
		return this.contactOrganisation;
	}

	String getContactName() {
		return this.contactName;
	}

	String getContactTelephone() {
		return this.contactTelephone;
	}

	String getContactEmail() {
		return this.contactEmail;
	}

	void setContact(String organisation, String name, String telephone, String email) {
		this.contactOrganisation = organisation;
		this.contactName = name;
		this.contactTelephone = telephone;
		this.contactEmail = email;
	}

	Instant getDecidedAt() {
		return this.decidedAt;
	}

	String getDecidedBy() {
		return this.decidedBy;
	}

	String getRejectionReason() {
		return this.rejectionReason;
	}

	Long getResourceId() {
		return this.resourceId;
	}

	Instant getPersonalDataDeletedAt() {
		return this.personalDataDeletedAt;
	}

}
