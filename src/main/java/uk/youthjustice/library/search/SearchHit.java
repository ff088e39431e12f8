package uk.youthjustice.library.search;

import java.time.Instant;

import uk.youthjustice.library.catalogue.ResourceKind;

/**
 * One result.
 *
 * @param slug the resource's address
 * @param kind practice example or guidance document
 * @param publishedAt when it was published
 * @param rank its place in the results, from 1 on the first page
 * @param titleHtml the title with matched words in {@code <mark>}, HTML-escaped
 * @param summaryHtml the summary with matched words in {@code <mark>}, HTML-escaped, or
 * {@code null} when it has none
 * @param foundIn where in an attached file the words were found, or {@code null}
 */
public record SearchHit(String slug, ResourceKind kind, Instant publishedAt, int rank, String titleHtml,
		String summaryHtml, FoundIn foundIn) {

	/**
	 * A match inside an attached file.
	 *
	 * @param attachmentTitle the file's title
	 * @param page the page, or {@code null} when the file has no pages
	 * @param snippetHtml the words around the match, HTML-escaped, matches in
	 * {@code <mark>}
	 * @param href the file's address, at the page ({@code #page=12}) for PDFs
	 */
	public record FoundIn(String attachmentTitle, Integer page, String snippetHtml, String href) {
	}

}
