package uk.youthjustice.library.catalogue;

/** The two kinds of resource the library holds. */
public enum ResourceKind {

	/** Written up by a youth justice service: what they did, how, and whom to ask. */
	PRACTICE_EXAMPLE,

	/**
	 * Statutory guidance, a report, briefing, strategy or article from a national body.
	 */
	GUIDANCE_DOCUMENT

}
