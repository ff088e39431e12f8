package uk.youthjustice.library.editorial;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import uk.youthjustice.library.attachments.StoredFile;
import uk.youthjustice.library.system.Breadcrumb;

/**
 * What the attachment pages' templates need besides their form: the resource they belong
 * to, the admin frame with breadcrumbs back to its overview, and the file a form keeps.
 */
@Component
class AttachmentPages {

	static final String NEW_VIEW = "editorial/attachment-new";

	static final String EDIT_VIEW = "editorial/attachment-edit";

	static final String REMOVE_VIEW = "editorial/attachment-remove";

	private final EditorialAttachments attachments;

	private final UploadLimit limit;

	private final MessageSource messages;

	AttachmentPages(EditorialAttachments attachments, UploadLimit limit, MessageSource messages) {
		this.attachments = attachments;
		this.limit = limit;
		this.messages = messages;
	}

	/** The "Add attachment" page, with the file received on this attempt, if any. */
	String adding(Model model, long resourceId, AttachmentForm form, StoredFile kept) {
		frame(model, resourceId);
		model.addAttribute("form", form);
		model.addAttribute("keptFile", kept);
		model.addAttribute("uploadLimit", this.limit.text());
		return NEW_VIEW;
	}

	/** A page about one attachment: the change page or the removal's confirmation. */
	String about(Model model, long resourceId, AttachmentRow row, String view) {
		frame(model, resourceId);
		model.addAttribute("attachment", row);
		return view;
	}

	/** One of the resource's attachments, or 404. */
	AttachmentRow row(long resourceId, long attachmentId) {
		return this.attachments.row(resourceId, attachmentId).orElseThrow(() -> notFound(resourceId, attachmentId));
	}

	/**
	 * After a request too large to read ({@link UploadTooLarge}), the file field in
	 * error.
	 * @param field the file field's path in the form
	 */
	static void reportTooLarge(Model model, BindingResult result, String field) {
		Object limit = model.getAttribute(UploadTooLarge.FLASH);
		if (limit != null) {
			result.rejectValue(field, "editorial.attachment.file.too-large", new Object[] { limit }, null);
		}
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + result.getObjectName(), result);
	}

	/** The title of the resource in the address, or 404. */
	String requireResource(long resourceId) {
		return this.attachments.resourceTitle(resourceId).orElseThrow(() -> new ResourceNotFoundException(resourceId));
	}

	private void frame(Model model, long resourceId) {
		String title = requireResource(resourceId);
		model.addAttribute("resourceId", resourceId);
		model.addAttribute("resourceTitle", title);
		model.addAttribute("navigation", "admin-resources");
		model.addAttribute("breadcrumbs",
				List.of(new Breadcrumb(message("editorial.breadcrumb.dashboard"), "/admin"),
						new Breadcrumb(message("editorial.breadcrumb.resources"), "/admin/resources"),
						new Breadcrumb(title, "/admin/resources/" + resourceId)));
	}

	private static AttachmentNotFoundException notFound(long resourceId, long attachmentId) {
		return new AttachmentNotFoundException(resourceId, attachmentId);
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
