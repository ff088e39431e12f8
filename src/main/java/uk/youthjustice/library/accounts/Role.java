package uk.youthjustice.library.accounts;

/** What a signed-in person may do. */
public enum Role {

	/** Writes and publishes content. */
	EDITOR,

	/** Everything an editor does, plus accounts, imports and operations. */
	ADMIN

}
