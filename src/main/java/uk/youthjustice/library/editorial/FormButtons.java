package uk.youthjustice.library.editorial;

import java.util.List;

import uk.youthjustice.library.system.AddAnother;

/**
 * Which of the resource form's buttons sent it. Only "Save" saves; the others show the
 * form again, changed, so that every part of it works without JavaScript.
 *
 * @param add "Add another" on a list field: the list's name
 * @param remove "Remove" on a list item: "field:index"
 * @param preview "Preview description"
 * @param addContact "Add contact card"
 * @param removeContact "Remove" on an attached contact card: its index in the list
 * @param removeFile "Remove" on a file uploaded earlier and not yet attached
 */
record FormButtons(String add, String remove, String preview, String addContact, String removeContact,
		String removeFile) {

	boolean isSave() {
		return !AddAnother.isListEdit(this.add, this.remove) && this.preview == null && this.addContact == null
				&& this.removeContact == null && this.removeFile == null;
	}

	boolean isRemoveFile() {
		return this.removeFile != null;
	}

	boolean isPreview() {
		return this.preview != null;
	}

	/** The form as the button asks it to be shown again. */
	ResourceForm applyTo(ResourceForm form) {
		AddAnother.apply(this.add, this.remove, (name) -> switch (name) {
			case "aims" -> form.aims();
			case "steps" -> form.steps();
			case "audience" -> form.audience();
			default -> null;
		});
		ResourceForm result = (this.addContact != null) ? form.withChosenContactAttached() : form;
		if (this.removeFile != null) {
			result = result.withAttachment(result.attachment().withoutFile());
		}
		if (this.removeContact != null) {
			removeAt(result.contacts(), this.removeContact);
		}
		return result;
	}

	private static void removeAt(List<String> list, String index) {
		try {
			int position = Integer.parseInt(index);
			if (position >= 0 && position < list.size()) {
				list.remove(position);
			}
		}
		catch (NumberFormatException ex) {
			// Not one of the form's own buttons: nothing to remove.
		}
	}

}
