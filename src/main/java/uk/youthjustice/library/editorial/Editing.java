package uk.youthjustice.library.editorial;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;

import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.catalogue.ResourceStatus;
import uk.youthjustice.library.contacts.ContactCard;
import uk.youthjustice.library.contacts.ContactDirectory;
import uk.youthjustice.library.editorial.SaveResult.Conflict;
import uk.youthjustice.library.editorial.SaveResult.Saved;
import uk.youthjustice.library.markdown.Markdown;
import uk.youthjustice.library.system.Choice;
import uk.youthjustice.library.system.Slugs;

/**
 * The editorial module's public surface: filling, checking and saving the forms for
 * practice examples and guidance documents. A save never overwrites a change the editor
 * has not seen: when the resource was saved by someone else since the form was filled in,
 * nothing is saved and the editor is shown both versions.
 */
@Service
public class Editing {

	private final EditableResources resources;

	private final EditorialTaxonomy taxonomy;

	private final EditorialContacts contacts;

	private final ContactDirectory directory;

	private final ResourceFormValidator validator;

	private final MessageSource messages;

	private final Clock clock;

	private final TransactionTemplate writes;

	private final TransactionTemplate reads;

	Editing(EditableResources resources, EditorialTaxonomy taxonomy, EditorialContacts contacts,
			ContactDirectory directory, ResourceFormValidator validator, MessageSource messages, Clock clock,
			PlatformTransactionManager transactions) {
		this.resources = resources;
		this.taxonomy = taxonomy;
		this.contacts = contacts;
		this.directory = directory;
		this.validator = validator;
		this.messages = messages;
		this.clock = clock;
		this.writes = new TransactionTemplate(transactions);
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
	}

	/** What the form's selects and checkboxes offer. */
	@Transactional(readOnly = true)
	public FormChoices choices() {
		return new FormChoices(this.taxonomy.categoryChoices(), this.taxonomy.topicChoices(),
				this.taxonomy.evidenceChoices(),
				this.contacts.options().stream().map(ContactOption::toChoice).toList());
	}

	/** The resource with this id as its edit form shows it. */
	@Transactional(readOnly = true)
	public Optional<EditPage> editPage(long id) {
		return this.resources.findForEditing(id).map(Editing::page);
	}

	/**
	 * Checks a form that Bean Validation has passed field by field: the cross-field
	 * rules, the change note for a published resource, and that every id and address in
	 * it names something that exists.
	 * @param kind the kind of resource the form is for
	 * @param page the resource being edited, or null for a new one
	 */
	@Transactional(readOnly = true)
	public void check(ResourceKind kind, EditPage page, ResourceForm form, Errors errors) {
		this.validator.validate(form, errors);
		if (page != null && page.asksForChangeNote()) {
			this.validator.validateChangeNote(form, errors);
		}
		FormChoices choices = choices();
		rejectUnknown(errors, "category", choices.categories(), given(form.category()));
		rejectUnknown(errors, "topics", choices.topics(), form.topics());
		rejectUnknown(errors, "contactToAdd", choices.contacts(), form.contactsToAttach());
		if (kind == ResourceKind.PRACTICE_EXAMPLE) {
			rejectUnknown(errors, "evidence", choices.evidence(), given(form.evidence()));
			rejectUnknown(errors, "sourceOrganisation", choices.contacts(), given(form.sourceOrganisation()));
		}
		String replaces = ReplacesAddress.slugOf(form.replaces());
		if (replaces != null && !errors.hasFieldErrors("replaces")) {
			Optional<Resource> earlier = findBySlug(replaces);
			if (earlier.isEmpty()) {
				errors.rejectValue("replaces", "editorial.replaces.not-found");
			}
			else if (page != null && earlier.get().getId() == page.id()) {
				errors.rejectValue("replaces", "editorial.replaces.itself");
			}
		}
	}

	/** Creates a draft from a checked form; its address is made from the title. */
	@Transactional
	public long create(ResourceKind kind, ResourceForm form) {
		References references = references(form);
		String title = form.title().strip();
		Resource resource = new Resource(kind, Slugs.unique(title, this.resources::isSlugTaken), title,
				references.category());
		ResourceMapping.apply(form, references, resource);
		return this.resources.save(resource).getId();
	}

	/**
	 * Saves a checked form over the resource, unless the resource has changed since the
	 * version the form was filled from. A published resource gets the form's change note.
	 */
	public SaveResult update(long id, ResourceForm form) {
		boolean saved;
		try {
			saved = Boolean.TRUE.equals(this.writes.execute((status) -> save(id, form)));
		}
		catch (OptimisticLockingFailureException ex) {
			// Saved by someone else between our read and our write.
			saved = false;
		}
		if (saved) {
			return new Saved(id);
		}
		return this.reads.execute((status) -> conflict(id, form));
	}

	/** The HTML a description will have on the public page. */
	public String preview(String markdown) {
		return Markdown.toHtml(markdown);
	}

	private boolean save(long id, ResourceForm form) {
		Resource resource = this.resources.findById(id).orElseThrow(() -> new ResourceNotFoundException(id));
		if (form.version() == null || resource.getVersion() != form.version()) {
			return false;
		}
		ResourceMapping.apply(form, references(form), resource);
		if (resource.getStatus() == ResourceStatus.PUBLISHED && NewContactForm.hasText(form.changeNote())
				&& !form.minorChange()) {
			resource.noteChange(this.clock.instant(), form.changeNote().strip());
		}
		// Flushed here so that a concurrent save shows as an optimistic locking failure
		// now, not at commit.
		this.resources.flush();
		return true;
	}

	private Conflict conflict(long id, ResourceForm yours) {
		EditPage saved = editPage(id).orElseThrow(() -> new ResourceNotFoundException(id));
		Comparison comparison = new Comparison(choices(), this.messages, LocaleContextHolder.getLocale());
		return new Conflict(saved, yours.withVersion(saved.version()),
				comparison.between(saved.kind(), saved.form(), yours));
	}

	private References references(ResourceForm form) {
		List<ContactCard> cards = new ArrayList<>();
		List<Long> contactIds = ids(form.contactsToAttach());
		if (!contactIds.isEmpty()) {
			List<ContactCard> found = this.contacts.findAllById(contactIds);
			found.stream().sorted(Comparator.comparing((card) -> contactIds.indexOf(card.getId()))).forEach(cards::add);
		}
		if (form.newContact().isFilledIn()) {
			cards.add(createContact(form.newContact()));
		}
		return new References(
				this.taxonomy.findCategory(id(form.category()))
					.orElseThrow(() -> new IllegalArgumentException("No category " + form.category())),
				ids(form.topics()).isEmpty() ? List.of() : this.taxonomy.findTopics(ids(form.topics())),
				NewContactForm.hasText(form.evidence()) ? this.taxonomy.findEvidence(id(form.evidence())).orElseThrow()
						: null,
				cards,
				NewContactForm.hasText(form.sourceOrganisation())
						? this.contacts.findAllById(List.of(id(form.sourceOrganisation())))
							.stream()
							.findFirst()
							.orElseThrow()
						: null,
				Optional.ofNullable(ReplacesAddress.slugOf(form.replaces())).flatMap(this::findBySlug).orElse(null));
	}

	private ContactCard createContact(NewContactForm form) {
		String organisation = form.organisation().strip();
		String name = (NewContactForm.hasText(form.personName())) ? organisation + " " + form.personName()
				: organisation;
		ContactCard card = new ContactCard(Slugs.unique(name, (slug) -> this.directory.findBySlug(slug).isPresent()),
				organisation);
		card.setPersonName(ResourceMapping.text(form.personName()));
		card.setRole(ResourceMapping.text(form.role()));
		card.setTelephone(ResourceMapping.text(form.telephone()));
		card.setEmail(ResourceMapping.text(form.email()));
		card.setRegion(ResourceMapping.text(form.region()));
		card.setLastVerifiedOn(LocalDate.now(this.clock));
		return this.directory.save(card);
	}

	private Optional<Resource> findBySlug(String slug) {
		return this.resources.findBySlug(slug).or(() -> this.resources.findByPreviousSlug(slug));
	}

	private static void rejectUnknown(Errors errors, String field, List<Choice> options, List<String> values) {
		boolean unknown = values.stream()
			.filter(NewContactForm::hasText)
			.anyMatch((value) -> !FormChoices.contains(options, value));
		if (unknown && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "editorial." + field + ".unknown");
		}
	}

	private static List<String> given(String value) {
		return (value != null) ? List.of(value) : List.of();
	}

	private static EditPage page(Resource resource) {
		return new EditPage(resource.getId(), resource.getKind(), resource.getStatus(), resource.getTitle(),
				resource.getVersion(), resource.getModifiedBy(), resource.getModifiedAt(),
				ResourceMapping.toForm(resource));
	}

	private static List<Long> ids(List<String> values) {
		return values.stream().filter(NewContactForm::hasText).map(Editing::id).distinct().toList();
	}

	private static Long id(String value) {
		return Long.valueOf(value.strip());
	}

}
