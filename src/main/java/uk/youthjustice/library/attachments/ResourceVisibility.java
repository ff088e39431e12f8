package uk.youthjustice.library.attachments;

/**
 * Whether a resource is public, asked before serving its files. The catalogue answers;
 * this feature only holds resource ids, so it asks rather than depends.
 */
public interface ResourceVisibility {

	/**
	 * @param resourceId a resource
	 * @return true when the resource is published and its publication time has come
	 */
	boolean isPublic(Long resourceId);

}
