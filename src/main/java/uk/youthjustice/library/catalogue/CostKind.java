package uk.youthjustice.library.catalogue;

/** Whether running a practice costs money; details go in the cost text. */
public enum CostKind {

	NOT_STATED, NONE, HAS_COST

}
