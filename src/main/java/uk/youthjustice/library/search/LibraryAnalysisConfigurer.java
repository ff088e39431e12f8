package uk.youthjustice.library.search;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.springframework.stereotype.Component;

import uk.youthjustice.library.search.synonyms.EnglishAnalysis;
import uk.youthjustice.library.search.synonyms.Synonyms;
import uk.youthjustice.library.system.Analyzers;

/**
 * Search analysis for British English (see {@link EnglishAnalysis}); named in
 * {@code hibernate.search.backend.analysis.configurer}. The indexing analyzer is an
 * instance rather than a definition because the synonyms it applies change while the
 * library runs.
 */
@Component("libraryAnalysisConfigurer")
class LibraryAnalysisConfigurer implements LuceneAnalysisConfigurer {

	private final Synonyms synonyms;

	LibraryAnalysisConfigurer(Synonyms synonyms) {
		this.synonyms = synonyms;
	}

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(Analyzers.ENGLISH).instance(this.synonyms.indexingAnalyzer());
		context.analyzer(Analyzers.ENGLISH_SEARCH).instance(EnglishAnalysis.search());
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
