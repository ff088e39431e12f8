package uk.youthjustice.library.search;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.springframework.stereotype.Component;

import uk.youthjustice.library.system.Analyzers;

/**
 * Search analysis for British English. The Porter stemmer treats “organisation” and
 * “organisations” alike and needs no American spellings; named in
 * {@code hibernate.search.backend.analysis.configurer}.
 */
@Component("libraryAnalysisConfigurer")
class LibraryAnalysisConfigurer implements LuceneAnalysisConfigurer {

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		for (String name : new String[] { Analyzers.ENGLISH, Analyzers.ENGLISH_SEARCH }) {
			context.analyzer(name)
				.custom()
				.tokenizer(StandardTokenizerFactory.class)
				.tokenFilter(EnglishPossessiveFilterFactory.class)
				.tokenFilter(LowerCaseFilterFactory.class)
				.tokenFilter(ASCIIFoldingFilterFactory.class)
				.tokenFilter(StopFilterFactory.class)
				.tokenFilter(PorterStemFilterFactory.class);
		}
		context.analyzer(Analyzers.WORDS)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
		context.normalizer(Analyzers.SORT)
			.custom()
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
	}

}
