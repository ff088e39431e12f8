package uk.youthjustice.library.catalogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import jakarta.persistence.criteria.Subquery;
import org.springframework.stereotype.Repository;

/**
 * The queries behind category, topic and home-page listings. Filters combine, so the
 * query is built with the Criteria API rather than one JPQL string per combination. A
 * page costs two statements, a count and the rows, however many rows it shows.
 */
@Repository
class ResourceListings {

	private final EntityManager entityManager;

	ResourceListings(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	long count(ListingScope scope, ListingQuery query, Instant now) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> count = cb.createQuery(Long.class);
		Root<Resource> resource = count.from(Resource.class);
		Join<Resource, Category> category = resource.join("category");
		Join<Resource, EvidenceClassification> evidence = resource.join("evidence", JoinType.LEFT);
		count.select(cb.count(resource)).where(conditions(cb, count, resource, category, evidence, scope, query, now));
		return this.entityManager.createQuery(count).getSingleResult();
	}

	List<ResourceSummary> rows(ListingScope scope, ListingQuery query, Instant now, int offset, int limit) {
		return select(ResourceSummary.class, (cb, resource, category, evidence) -> {
			Path<AgeRange> ages = resource.get("ageRange");
			return cb.construct(ResourceSummary.class, resource.get("slug"), resource.get("kind"),
					resource.get("title"), resource.get("summary"), category.get("name"), resource.get("publishedAt"),
					ages.get("minimum"), ages.get("maximum"), resource.get("costKind"), resource.get("costText"),
					evidence.get("name"));
		}, scope, query, now, offset, limit);
	}

	/**
	 * The same rows as {@link #rows}, with what the open data API adds: ids and slugs.
	 */
	List<ListedResource> openRows(ListingScope scope, ListingQuery query, Instant now, int offset, int limit) {
		return select(ListedResource.class, (cb, resource, category, evidence) -> {
			Path<AgeRange> ages = resource.get("ageRange");
			return cb.construct(ListedResource.class, resource.get("id"), resource.get("slug"), resource.get("kind"),
					resource.get("title"), resource.get("summary"), category.get("slug"), category.get("name"),
					resource.get("publishedAt"), resource.get("updatedAt"), ages.get("minimum"), ages.get("maximum"),
					resource.get("costKind"), resource.get("costText"), evidence.get("slug"), evidence.get("name"));
		}, scope, query, now, offset, limit);
	}

	private <T> List<T> select(Class<T> type, Projection<T> projection, ListingScope scope, ListingQuery query,
			Instant now, int offset, int limit) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<T> rows = cb.createQuery(type);
		Root<Resource> resource = rows.from(Resource.class);
		Join<Resource, Category> category = resource.join("category");
		Join<Resource, EvidenceClassification> evidence = resource.join("evidence", JoinType.LEFT);
		rows.select(projection.select(cb, resource, category, evidence))
			.where(conditions(cb, rows, resource, category, evidence, scope, query, now))
			.orderBy(order(cb, resource, query.sort()));
		return this.entityManager.createQuery(rows).setFirstResult(offset).setMaxResults(limit).getResultList();
	}

	/** What a listing query selects for each resource. */
	@FunctionalInterface
	private interface Projection<T> {

		Selection<T> select(CriteriaBuilder cb, Root<Resource> resource, Join<Resource, Category> category,
				Join<Resource, EvidenceClassification> evidence);

	}

	private static Predicate[] conditions(CriteriaBuilder cb, AbstractQuery<?> query, Root<Resource> resource,
			Join<Resource, Category> category, Join<Resource, EvidenceClassification> evidence, ListingScope scope,
			ListingQuery filters, Instant now) {
		List<Predicate> conditions = new ArrayList<>();
		conditions.add(cb.equal(resource.get("status"), ResourceStatus.PUBLISHED));
		conditions.add(cb.lessThanOrEqualTo(resource.get("publishedAt"), now));
		if (scope.categorySlug() != null) {
			conditions.add(cb.equal(category.get("slug"), scope.categorySlug()));
		}
		if (scope.topicSlug() != null) {
			conditions.add(hasAnyTopic(cb, query, resource, List.of(scope.topicSlug())));
		}
		if (!filters.kinds().isEmpty()) {
			conditions.add(resource.get("kind").in(filters.kinds()));
		}
		if (!filters.topics().isEmpty()) {
			conditions.add(hasAnyTopic(cb, query, resource, filters.topics()));
		}
		if (filters.age() != null) {
			conditions.add(suits(cb, resource.get("ageRange"), filters.age()));
		}
		if (filters.cost() != null) {
			conditions.add(cb.equal(resource.get("costKind"), filters.cost().kind()));
		}
		if (!filters.evidence().isEmpty()) {
			conditions.add(evidence.get("slug").in(filters.evidence()));
		}
		return conditions.toArray(Predicate[]::new);
	}

	private static Predicate hasAnyTopic(CriteriaBuilder cb, AbstractQuery<?> query, Root<Resource> resource,
			Collection<String> slugs) {
		Subquery<Long> tagged = query.subquery(Long.class);
		Root<Resource> same = tagged.correlate(resource);
		Join<Resource, Topic> topic = same.join("topics");
		tagged.select(topic.get("id")).where(topic.get("slug").in(slugs));
		return cb.exists(tagged);
	}

	// A resource suits an age when its range includes it; "not applicable" suits none.
	private static Predicate suits(CriteriaBuilder cb, Path<AgeRange> ages, int age) {
		Path<Integer> minimum = ages.get("minimum");
		Path<Integer> maximum = ages.get("maximum");
		return cb.and(cb.or(cb.isNotNull(minimum), cb.isNotNull(maximum)),
				cb.or(cb.isNull(minimum), cb.lessThanOrEqualTo(minimum, age)),
				cb.or(cb.isNull(maximum), cb.greaterThanOrEqualTo(maximum, age)));
	}

	private static List<Order> order(CriteriaBuilder cb, Root<Resource> resource, ListingSort sort) {
		return switch (sort) {
			case NEWEST -> List.of(cb.desc(resource.get("publishedAt")), cb.desc(resource.get("id")));
			case OLDEST -> List.of(cb.asc(resource.get("publishedAt")), cb.asc(resource.get("id")));
			case TITLE -> List.of(cb.asc(cb.lower(resource.get("title"))), cb.asc(resource.get("id")));
		};
	}

	/**
	 * Which resources a listing starts from: one category, one topic, or (both empty) the
	 * whole library.
	 *
	 * @param categorySlug the category, or {@code null}
	 * @param topicSlug the topic, or {@code null}
	 */
	record ListingScope(String categorySlug, String topicSlug) {

		static final ListingScope LIBRARY = new ListingScope(null, null);

		static ListingScope category(String slug) {
			return new ListingScope(slug, null);
		}

		static ListingScope topic(String slug) {
			return new ListingScope(null, slug);
		}

	}

}
