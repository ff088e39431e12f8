package uk.youthjustice.library.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetNotFoundAction;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

import uk.youthjustice.library.contacts.ContactCard;
import uk.youthjustice.library.system.Analyzers;

/**
 * A practice example or a guidance document. The two kinds share one table: they are
 * listed, searched and published together, and differ only in which fields they fill.
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "resource")
@Indexed(index = "resource")
// The text of the resource's attached files, read by the search feature's binder: the
// attachments feature holds resource ids, not an association Hibernate Search could
// follow.
@TypeBinding(binder = @TypeBinderRef(name = "attachmentTextBinder"))
// An old version names its category, topics and contacts as they were; one that has no
// recorded history reads as empty rather than failing the page.
@Audited(targetNotFoundAction = RelationTargetNotFoundAction.IGNORE)
public class Resource {

	/** The search field of {@link #getFacetValues()}. */
	public static final String FACET_VALUES = "facets";

	/** The youngest and oldest ages search filters by. */
	public static final int YOUNGEST_SEARCHED_AGE = 8;

	public static final int OLDEST_SEARCHED_AGE = 25;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	private ResourceKind kind;

	// Stored for the search results, which are read from the index alone.
	@Column(nullable = false, unique = true, length = 200)
	@KeywordField(projectable = Projectable.YES, searchable = Searchable.NO)
	private String slug;

	@Column(nullable = false, length = 300)
	@FullTextField(analyzer = Analyzers.ENGLISH, searchAnalyzer = Analyzers.ENGLISH_SEARCH,
			projectable = Projectable.YES, highlightable = { Highlightable.PLAIN, Highlightable.UNIFIED })
	@FullTextField(name = "title_words", analyzer = Analyzers.WORDS)
	@KeywordField(name = "title_sort", normalizer = Analyzers.SORT, sortable = Sortable.YES)
	private String title;

	@Column(length = 1000)
	@FullTextField(analyzer = Analyzers.ENGLISH, searchAnalyzer = Analyzers.ENGLISH_SEARCH,
			projectable = Projectable.YES, highlightable = { Highlightable.PLAIN, Highlightable.UNIFIED })
	@FullTextField(name = "summary_words", analyzer = Analyzers.WORDS)
	private String summary;

	/** Markdown, rendered and sanitised for display. */
	@Column
	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	@KeywordField
	private ResourceStatus status = ResourceStatus.DRAFT;

	/** When a scheduled resource is to be published. */
	@Column(name = "publish_at")
	private Instant publishAt;

	@Column(name = "published_at")
	@GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
	private Instant publishedAt;

	/** When the public last saw a change with a change note; empty until then. */
	@Column(name = "updated_at")
	private Instant updatedAt;

	// The revision records who changed what and when; these would only repeat it.
	@NotAudited
	@CreationTimestamp
	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	/** When anything about the resource last changed, for Last-Modified on its page. */
	@NotAudited
	@UpdateTimestamp
	@Column(name = "modified_at", nullable = false)
	private Instant modifiedAt;

	/** The email address of whoever created it; empty for imported and demo content. */
	@NotAudited
	@CreatedBy
	@Column(name = "created_by", length = 254, updatable = false)
	private String createdBy;

	/** The email address of whoever changed it last. */
	@NotAudited
	@LastModifiedBy
	@Column(name = "modified_by", length = 254)
	private String modifiedBy;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "category_id", nullable = false)
	@IndexedEmbedded(includePaths = "slug")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private Category category;

	@ManyToMany
	@JoinTable(name = "resource_topic", joinColumns = @JoinColumn(name = "resource_id"),
			inverseJoinColumns = @JoinColumn(name = "topic_id"))
	@OrderBy("name")
	@IndexedEmbedded(includePaths = "slug")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private Set<Topic> topics = new LinkedHashSet<>();

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "evidence_classification_id")
	@IndexedEmbedded(includePaths = "slug")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private EvidenceClassification evidence;

	@Embedded
	private AgeRange ageRange;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Sex sex = Sex.NOT_APPLICABLE;

	@Enumerated(EnumType.STRING)
	@Column(name = "cost_kind", nullable = false, length = 20)
	@KeywordField(aggregable = Aggregable.YES)
	private CostKind costKind = CostKind.NOT_STATED;

	@Column(name = "cost_text", length = 300)
	private String costText;

	@ElementCollection
	@CollectionTable(name = "resource_aim", joinColumns = @JoinColumn(name = "resource_id"))
	@OrderColumn(name = "position")
	@Column(name = "text", nullable = false, length = 1000)
	private List<String> aims = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "resource_implementation_step", joinColumns = @JoinColumn(name = "resource_id"))
	@OrderColumn(name = "position")
	@Column(name = "text", nullable = false, length = 2000)
	private List<String> implementationSteps = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "resource_contact", joinColumns = @JoinColumn(name = "resource_id"),
			inverseJoinColumns = @JoinColumn(name = "contact_card_id"))
	@OrderColumn(name = "position")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private List<ContactCard> contacts = new ArrayList<>();

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "source_organisation_id")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private ContactCard sourceOrganisation;

	@Column(length = 200)
	@KeywordField(name = "publisher_facet", aggregable = Aggregable.YES)
	private String publisher;

	/** "Who it is for", one audience an entry. */
	@ElementCollection
	@CollectionTable(name = "resource_audience", joinColumns = @JoinColumn(name = "resource_id"))
	@OrderColumn(name = "position")
	@Column(name = "text", nullable = false, length = 300)
	private List<String> audience = new ArrayList<>();

	@Column(name = "external_url", length = 1000)
	private String externalUrl;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "replaces_id")
	private Resource replaces;

	@Column(name = "review_due_on")
	private LocalDate reviewDueOn;

	// Change notes and old addresses are a history of their own, kept in full.
	@NotAudited
	@OneToMany(mappedBy = "resource", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("changedAt")
	private List<ChangeNote> changeNotes = new ArrayList<>();

	@NotAudited
	@OneToMany(mappedBy = "resource", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("retiredAt")
	private List<PreviousSlug> previousSlugs = new ArrayList<>();

	protected Resource() {
	}

	public Resource(ResourceKind kind, String slug, String title, Category category) {
		this.kind = kind;
		this.slug = slug;
		this.title = title;
		this.category = category;
	}

	/** Whether the public may see this resource at the given moment. */
	public boolean isPublicAt(Instant now) {
		return this.status == ResourceStatus.PUBLISHED && this.publishedAt != null && !this.publishedAt.isAfter(now);
	}

	/** Publishes the resource with the given publication time. */
	public void publish(Instant at) {
		this.status = ResourceStatus.PUBLISHED;
		this.publishedAt = at;
		this.publishAt = null;
	}

	/** Schedules the resource to be published at the given time. */
	public void schedule(Instant at) {
		this.status = ResourceStatus.SCHEDULED;
		this.publishAt = at;
	}

	public void archive() {
		this.status = ResourceStatus.ARCHIVED;
	}

	/**
	 * Takes the resource back to draft: out of public view, or no longer scheduled. When
	 * it was published, it keeps its first publication date for a later republication.
	 */
	public void returnToDraft() {
		this.status = ResourceStatus.DRAFT;
		this.publishAt = null;
	}

	/** Records a public change note; the resource counts as updated at that moment. */
	public void noteChange(Instant at, String note) {
		this.changeNotes.add(new ChangeNote(this, at, note));
		this.updatedAt = at;
	}

	/** Gives the resource a new address; the old one keeps working as a redirect. */
	public void changeSlug(String newSlug, Instant at) {
		if (!newSlug.equals(this.slug)) {
			this.previousSlugs.add(new PreviousSlug(this, this.slug, at));
			this.slug = newSlug;
		}
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public ResourceKind getKind() {
		return this.kind;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public ResourceStatus getStatus() {
		return this.status;
	}

	public Instant getPublishAt() {
		return this.publishAt;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getModifiedAt() {
		return this.modifiedAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public String getModifiedBy() {
		return this.modifiedBy;
	}

	public Category getCategory() {
		return this.category;
	}

	public void setCategory(Category category) {
		this.category = category;
	}

	public Set<Topic> getTopics() {
		return this.topics;
	}

	public EvidenceClassification getEvidence() {
		return this.evidence;
	}

	public void setEvidence(EvidenceClassification evidence) {
		this.evidence = evidence;
	}

	/**
	 * Every age from {@link #YOUNGEST_SEARCHED_AGE} to {@link #OLDEST_SEARCHED_AGE} the
	 * resource suits, so that search can filter and count by a single age.
	 */
	@GenericField(name = "age")
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "ageRange")))
	public List<Integer> getSuitableAges() {
		AgeRange range = getAgeRange();
		return java.util.stream.IntStream.rangeClosed(YOUNGEST_SEARCHED_AGE, OLDEST_SEARCHED_AGE)
			.filter(range::includes)
			.boxed()
			.toList();
	}

	/**
	 * The same ages as one band, {@code youngest-oldest}, or {@code null} when it suits
	 * none.
	 */
	String getSuitableAgeBand() {
		List<Integer> ages = getSuitableAges();
		return ages.isEmpty() ? null : ages.get(0) + "-" + ages.get(ages.size() - 1);
	}

	/**
	 * The values search's filters count, each named for its filter, in one field:
	 * {@code category:}, {@code topic:} and {@code evidence:} with a slug, {@code type:}
	 * and {@code cost:} with a constant's name, {@code age:} with the band of ages the
	 * resource suits ({@code 10-17}: counted by band, one value a resource, then added up
	 * for each age the bands hold), {@code year:} with the year of first publication.
	 * Counting a search's matches then reads one field a match rather than seven.
	 */
	@KeywordField(name = FACET_VALUES, aggregable = Aggregable.YES, searchable = Searchable.NO)
	@IndexingDependency(derivedFrom = {
			@ObjectPath({ @PropertyValue(propertyName = "category"), @PropertyValue(propertyName = "slug") }),
			@ObjectPath({ @PropertyValue(propertyName = "topics"), @PropertyValue(propertyName = "slug") }),
			@ObjectPath({ @PropertyValue(propertyName = "evidence"), @PropertyValue(propertyName = "slug") }),
			@ObjectPath(@PropertyValue(propertyName = "kind")), @ObjectPath(@PropertyValue(propertyName = "ageRange")),
			@ObjectPath(@PropertyValue(propertyName = "costKind")),
			@ObjectPath(@PropertyValue(propertyName = "publishedAt")) })
	public List<String> getFacetValues() {
		List<String> values = new ArrayList<>();
		if (this.category != null) {
			values.add("category:" + this.category.getSlug());
		}
		if (this.kind != null) {
			values.add("type:" + this.kind.name());
		}
		this.topics.forEach((topic) -> values.add("topic:" + topic.getSlug()));
		String band = getSuitableAgeBand();
		if (band != null) {
			values.add("age:" + band);
		}
		values.add("cost:" + this.costKind.name());
		if (this.evidence != null) {
			values.add("evidence:" + this.evidence.getSlug());
		}
		Integer year = getPublishedYear();
		if (year != null) {
			values.add("year:" + year);
		}
		return values;
	}

	/**
	 * The year of first publication, for search's year filter; empty while unpublished.
	 */
	@GenericField(name = "year", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "publishedAt")))
	public Integer getPublishedYear() {
		return (this.publishedAt != null) ? this.publishedAt.atZone(java.time.ZoneId.of("Europe/London")).getYear()
				: null;
	}

	/**
	 * The names of its category, topics and evidence label, as one search field: each
	 * searched word costs a look-up a field, so the labels share one.
	 */
	@FullTextField(name = "labels", analyzer = Analyzers.ENGLISH, searchAnalyzer = Analyzers.ENGLISH_SEARCH)
	@IndexingDependency(derivedFrom = {
			@ObjectPath({ @PropertyValue(propertyName = "category"), @PropertyValue(propertyName = "name") }),
			@ObjectPath({ @PropertyValue(propertyName = "topics"), @PropertyValue(propertyName = "name") }),
			@ObjectPath({ @PropertyValue(propertyName = "evidence"), @PropertyValue(propertyName = "name") }) })
	public List<String> getLabels() {
		List<String> labels = new ArrayList<>();
		if (this.category != null) {
			labels.add(this.category.getName());
		}
		this.topics.forEach((topic) -> labels.add(topic.getName()));
		if (this.evidence != null) {
			labels.add(this.evidence.getName());
		}
		return labels;
	}

	/**
	 * Everything else a reader may search for (description, aims, steps, who it is for,
	 * publisher, contacts' organisations and names) as one search field, for the same
	 * reason as {@link #getLabels()}.
	 */
	@FullTextField(name = "body", analyzer = Analyzers.ENGLISH, searchAnalyzer = Analyzers.ENGLISH_SEARCH)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "description")),
			@ObjectPath(@PropertyValue(propertyName = "aims")),
			@ObjectPath(@PropertyValue(propertyName = "implementationSteps")),
			@ObjectPath(@PropertyValue(propertyName = "audience")),
			@ObjectPath(@PropertyValue(propertyName = "publisher")),
			@ObjectPath({ @PropertyValue(propertyName = "contacts"), @PropertyValue(propertyName = "organisation") }),
			@ObjectPath({ @PropertyValue(propertyName = "contacts"), @PropertyValue(propertyName = "personName") }),
			@ObjectPath({ @PropertyValue(propertyName = "sourceOrganisation"),
					@PropertyValue(propertyName = "organisation") }),
			@ObjectPath({ @PropertyValue(propertyName = "sourceOrganisation"),
					@PropertyValue(propertyName = "personName") }) })
	public List<String> getBody() {
		List<String> body = new ArrayList<>();
		body.add(this.description);
		body.addAll(this.aims);
		body.addAll(this.implementationSteps);
		body.addAll(this.audience);
		body.add(this.publisher);
		List<ContactCard> cards = new ArrayList<>(this.contacts);
		cards.add(this.sourceOrganisation);
		for (ContactCard card : cards) {
			if (card != null) {
				body.add(card.getOrganisation());
				body.add(card.getPersonName());
			}
		}
		body.removeIf(Objects::isNull);
		return body;
	}

	public AgeRange getAgeRange() {
		return (this.ageRange != null) ? this.ageRange : AgeRange.NOT_APPLICABLE;
	}

	public void setAgeRange(AgeRange ageRange) {
		this.ageRange = ageRange;
	}

	public Sex getSex() {
		return this.sex;
	}

	public void setSex(Sex sex) {
		this.sex = sex;
	}

	public CostKind getCostKind() {
		return this.costKind;
	}

	public void setCostKind(CostKind costKind) {
		this.costKind = costKind;
	}

	public String getCostText() {
		return this.costText;
	}

	public void setCostText(String costText) {
		this.costText = costText;
	}

	public List<String> getAims() {
		return this.aims;
	}

	public List<String> getImplementationSteps() {
		return this.implementationSteps;
	}

	public List<ContactCard> getContacts() {
		return this.contacts;
	}

	public ContactCard getSourceOrganisation() {
		return this.sourceOrganisation;
	}

	public void setSourceOrganisation(ContactCard sourceOrganisation) {
		this.sourceOrganisation = sourceOrganisation;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public void setPublisher(String publisher) {
		this.publisher = publisher;
	}

	public List<String> getAudience() {
		return this.audience;
	}

	public String getExternalUrl() {
		return this.externalUrl;
	}

	public void setExternalUrl(String externalUrl) {
		this.externalUrl = externalUrl;
	}

	public Resource getReplaces() {
		return this.replaces;
	}

	public void setReplaces(Resource replaces) {
		this.replaces = replaces;
	}

	public LocalDate getReviewDueOn() {
		return this.reviewDueOn;
	}

	public void setReviewDueOn(LocalDate reviewDueOn) {
		this.reviewDueOn = reviewDueOn;
	}

	public List<ChangeNote> getChangeNotes() {
		return List.copyOf(this.changeNotes);
	}

	public List<PreviousSlug> getPreviousSlugs() {
		return List.copyOf(this.previousSlugs);
	}

}
