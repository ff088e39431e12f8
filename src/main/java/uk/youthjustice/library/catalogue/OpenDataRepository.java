package uk.youthjustice.library.catalogue;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import uk.youthjustice.library.catalogue.OpenData.TermCount;

/**
 * The topics and evidence labels for the open data API, each with its count of public
 * resources, in one query each (categories: {@link CategoryRepository}).
 */
interface OpenDataRepository extends Repository<Resource, Long> {

	@Query("""
			select new uk.youthjustice.library.catalogue.OpenData$TermCount(t.slug, t.name, t.description,
				(select count(r) from Resource r join r.topics rt
				where rt = t and r.status = uk.youthjustice.library.catalogue.ResourceStatus.PUBLISHED
					and r.publishedAt <= :now))
			from Topic t
			order by t.name
			""")
	List<TermCount> topicsVisibleAt(Instant now);

	@Query("""
			select new uk.youthjustice.library.catalogue.OpenData$TermCount(e.slug, e.name, e.description, count(r))
			from EvidenceClassification e
			left join Resource r on r.evidence = e
				and r.status = uk.youthjustice.library.catalogue.ResourceStatus.PUBLISHED
				and r.publishedAt <= :now
			group by e.id, e.slug, e.name, e.description, e.position
			order by e.position, e.name
			""")
	List<TermCount> evidenceVisibleAt(Instant now);

}
