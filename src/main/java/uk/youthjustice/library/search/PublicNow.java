package uk.youthjustice.library.search;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.util.common.data.Range;
import org.hibernate.search.util.common.data.RangeBoundInclusion;

import uk.youthjustice.library.catalogue.ResourceStatus;

/**
 * What the public may find at a given moment: published resources whose publication time
 * has come, so that a scheduled one appears when its time comes.
 */
final class PublicNow {

	static final String PUBLISHED_AT = "publishedAt";

	private PublicNow() {
	}

	static SearchPredicate published(SearchPredicateFactory f) {
		return f.match().field("status").matching(ResourceStatus.PUBLISHED).toPredicate();
	}

	/**
	 * Published by now, asked as published by the start of this minute or since: the
	 * first part is the same query for a minute, so Lucene's query cache keeps its
	 * matches as a bit set instead of every search walking the dates again; the second
	 * finds the few published in the last seconds. The cache leaves the filter out of a
	 * search that finds few resources, where a bit set would cost more than the search;
	 * so on Lucene each part reads the dates from the points or from the doc values,
	 * whichever is cheaper for the search, and such a search checks its few resources'
	 * dates rather than gathering every resource published before now.
	 */
	static SearchPredicate publishedBy(SearchPredicateFactory f, Instant now, boolean lucene) {
		Instant minute = now.truncatedTo(ChronoUnit.MINUTES);
		if (lucene) {
			long settled = minute.toEpochMilli();
			return f.extension(LuceneExtension.get())
				.fromLuceneQuery(new BooleanQuery.Builder().add(between(Long.MIN_VALUE, settled), Occur.SHOULD)
					.add(between(settled + 1, now.toEpochMilli()), Occur.SHOULD)
					.build())
				.toPredicate();
		}
		return f
			.or(f.range().field(PUBLISHED_AT).atMost(minute),
					f.range()
						.field(PUBLISHED_AT)
						.range(Range.between(minute, RangeBoundInclusion.EXCLUDED, now, RangeBoundInclusion.INCLUDED)))
			.toPredicate();
	}

	/**
	 * Hibernate Search indexes an instant as its epoch milliseconds, in a point and in
	 * sorted numeric doc values.
	 */
	private static Query between(long from, long to) {
		return new IndexOrDocValuesQuery(LongPoint.newRangeQuery(PUBLISHED_AT, from, to),
				SortedNumericDocValuesField.newSlowRangeQuery(PUBLISHED_AT, from, to));
	}

}
