package uk.youthjustice.library.search.index;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.hibernate.search.backend.lucene.types.converter.LuceneFieldContributor;

/**
 * A page of an attached file's text as Lucene's own field: analysed as English text with
 * the synonyms in force, with each word's offsets in the postings, and not stored: the
 * database keeps the text, and a hit's page is read from there. Hibernate Search's text
 * fields cannot keep offsets there, only in term vectors; and reading a document's term
 * vectors decodes every word of every page, where “found in ‹file›, page 12” needs the
 * few words searched for. Being Lucene's own, the field is searched with Lucene queries
 * ({@code Words}), never Hibernate Search's predicates.
 */
final class PageTextField implements LuceneFieldContributor<String> {

	private static final FieldType TYPE = new FieldType();

	static {
		TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		TYPE.setTokenized(true);
		TYPE.setStored(false);
		TYPE.freeze();
	}

	/** The analyser of the library's English text, read when a page is indexed. */
	private final Supplier<Analyzer> english;

	PageTextField(Supplier<Analyzer> english) {
		this.english = english;
	}

	@Override
	public void contribute(String absoluteFieldPath, String value, Consumer<IndexableField> collector) {
		collector.accept(new Field(absoluteFieldPath, value, TYPE) {

			// Hibernate Search's writer knows no analyser for a field of Lucene's own, so
			// the field brings its own. The stream is asked for when the writer comes to
			// this value, after the one before it is used up, so one analyser serves all.
			@Override
			public TokenStream tokenStream(Analyzer ignored, TokenStream reuse) {
				return PageTextField.this.english.get().tokenStream(name(), stringValue());
			}

		});
	}

}
