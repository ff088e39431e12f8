package uk.youthjustice.library.editorial;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.youthjustice.library.attachments.StoredFile;
import uk.youthjustice.library.catalogue.CostKind;
import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.catalogue.Sex;
import uk.youthjustice.library.editorial.SaveResult.Conflict;
import uk.youthjustice.library.system.Breadcrumb;
import uk.youthjustice.library.system.Choice;

/**
 * Everything the resource form's templates need besides the form itself, shared by the
 * new-resource and edit controllers.
 */
@Component
class FormPages {

	static final String CHOOSE_VIEW = "editorial/choose-kind";

	static final String FORM_VIEW = "editorial/resource-form";

	static final String CONFLICT_VIEW = "editorial/conflict";

	/** The path of the form's file field. */
	static final String FILE_FIELD = "attachment.file";

	private final Editing editing;

	private final EditorialAttachments attachments;

	private final UploadLimit limit;

	private final MessageSource messages;

	FormPages(Editing editing, EditorialAttachments attachments, UploadLimit limit, MessageSource messages) {
		this.editing = editing;
		this.attachments = attachments;
		this.limit = limit;
		this.messages = messages;
	}

	/** The page that asks which kind of resource to create. */
	String chooser(Model model, boolean nothingChosen) {
		model.addAttribute("kinds",
				Arrays.stream(Kinds.values())
					.map((kind) -> new Choice(kind.parameter(), message("editorial.kind." + kind.kind().name())))
					.toList());
		model.addAttribute("nothingChosen", nothingChosen);
		admin(model, List.of());
		return CHOOSE_VIEW;
	}

	/**
	 * The form as submitted, or as first filled in. Any errors bound to it are kept.
	 * @param page the resource being edited, or null for a new one
	 */
	String form(Model model, Kinds kind, ResourceForm form, EditPage page) {
		model.addAttribute("form", form);
		model.addAttribute("kindName", kind.kind().name());
		model.addAttribute("kindParameter", kind.parameter());
		model.addAttribute("practice", kind.kind() == ResourceKind.PRACTICE_EXAMPLE);
		model.addAttribute("page", page);
		model.addAttribute("uploadLimit", this.limit.text());
		model.addAttribute("heading", (page != null) ? message("editorial.edit.heading", page.title())
				: message("editorial.new.heading." + kind.parameter()));
		FormChoices choices = this.editing.choices();
		model.addAttribute("choices", choices);
		Map<String, String> contactLabels = new LinkedHashMap<>();
		choices.contacts().forEach((choice) -> contactLabels.put(choice.value(), choice.label()));
		model.addAttribute("contactLabels", contactLabels);
		model.addAttribute("sexOptions", options("editorial.sex.", Sex.values()));
		model.addAttribute("costOptions",
				options("editorial.cost.", new CostKind[] { CostKind.NONE, CostKind.HAS_COST, CostKind.NOT_STATED }));
		admin(model,
				(page != null) ? List.of(new Breadcrumb(page.title(), "/admin/resources/" + page.id())) : List.of());
		return FORM_VIEW;
	}

	/**
	 * The form again after a button other than "Save": changed as the button asks, with
	 * the description's preview when that was asked for, and no errors, since nothing was
	 * meant to be saved yet.
	 */
	String reshow(Model model, Kinds kind, FormButtons buttons, ResourceForm form, BindingResult submitted,
			EditPage page) {
		ResourceForm shown = buttons.applyTo(form);
		BindingResult fresh = new BeanPropertyBindingResult(shown, "form");
		// A refused file is reported whichever button sent the form.
		submitted.getFieldErrors(FILE_FIELD).forEach(fresh::addError);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", fresh);
		if (buttons.isPreview()) {
			String description = (shown.description() != null) ? shown.description() : "";
			if (description.length() > ResourceForm.DESCRIPTION_LIMIT) {
				fresh.rejectValue("description", "editorial.description.too-long");
			}
			else {
				model.addAttribute("preview", this.editing.preview(description));
			}
		}
		return form(model, kind, shown, page);
	}

	/**
	 * The file the form brings, new or kept from an earlier attempt, put in the model as
	 * {@code keptFile} so the form carries it on; a refused one is reported on the file
	 * field. "Remove" drops it.
	 */
	Optional<StoredFile> fileOf(ResourceForm form, FormButtons buttons, BindingResult result, Model model)
			throws IOException {
		Optional<StoredFile> file = buttons.isRemoveFile() ? Optional.empty()
				: this.attachments.fileOf(form.attachment(), result, FILE_FIELD);
		model.addAttribute("keptFile", file.orElse(null));
		return file;
	}

	/**
	 * After a save, attaches the form's file to the resource and says so, or just says
	 * the resource was saved.
	 */
	void saved(long id, Optional<StoredFile> file, ResourceForm form, String notice, RedirectAttributes redirect) {
		if (file.isEmpty()) {
			redirect.addFlashAttribute("notice", notice);
			return;
		}
		this.attachments.attach(id, file.get(), form.attachment());
		redirect.addFlashAttribute("notice", notice + ".attached");
		redirect.addFlashAttribute("noticeArgs", new Object[] { form.attachment().titleFor(file.get()) });
	}

	/** Both versions side by side, and the editor's own in a form they can save. */
	String conflict(Model model, Kinds kind, Conflict conflict) {
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form",
				new BeanPropertyBindingResult(conflict.yours(), "form"));
		model.addAttribute("conflict", conflict);
		form(model, kind, conflict.yours(), conflict.saved());
		return CONFLICT_VIEW;
	}

	private void admin(Model model, List<Breadcrumb> more) {
		model.addAttribute("navigation", "admin-resources");
		List<Breadcrumb> breadcrumbs = new ArrayList<>(
				List.of(new Breadcrumb(message("editorial.breadcrumb.dashboard"), "/admin"),
						new Breadcrumb(message("editorial.breadcrumb.resources"), "/admin/resources")));
		breadcrumbs.addAll(more);
		model.addAttribute("breadcrumbs", breadcrumbs);
	}

	private List<Choice> options(String prefix, Enum<?>[] values) {
		return Arrays.stream(values).map((value) -> new Choice(value.name(), message(prefix + value.name()))).toList();
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
