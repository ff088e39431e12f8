package uk.youthjustice.library.feedback;

/**
 * What the "Is this page useful?" block at the foot of a page needs.
 *
 * @param page the path of the page being shown, sent back with the answer
 * @param thanked whether the reader has just answered, so the block thanks them instead
 * of asking again
 */
record FeedbackPrompt(String page, boolean thanked) {

}
