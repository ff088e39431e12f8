package uk.youthjustice.library.publishing;

import java.util.List;

import uk.youthjustice.library.catalogue.ResourceStatus;

/**
 * An action the workflow does not allow: the resource's status does not permit it, or it
 * is not complete enough to publish. Nothing was changed.
 */
public class PublishingRefusedException extends RuntimeException {

	private final Action action;

	private final String messageKey;

	private final transient List<Requirement> missing;

	PublishingRefusedException(Action action, ResourceStatus status) {
		super("Cannot " + action + " a resource that is " + status);
		this.action = action;
		this.messageKey = "publishing.refused." + action;
		this.missing = List.of();
	}

	PublishingRefusedException(Action action, List<Requirement> missing) {
		super("Cannot " + action + " an incomplete resource: missing " + missing);
		this.action = action;
		this.messageKey = "publishing.refused.incomplete";
		this.missing = List.copyOf(missing);
	}

	PublishingRefusedException(Action action, String messageKey) {
		super("Cannot " + action + ": " + messageKey);
		this.action = action;
		this.messageKey = messageKey;
		this.missing = List.of();
	}

	public Action getAction() {
		return this.action;
	}

	/** What the resource lacks, when that is the reason; otherwise empty. */
	public List<Requirement> getMissing() {
		return this.missing;
	}

	/** The message explaining the refusal to an editor. */
	public String messageKey() {
		return this.messageKey;
	}

}
