package uk.youthjustice.library.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Nulls;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.stereotype.Repository;

import uk.youthjustice.library.catalogue.Category;
import uk.youthjustice.library.catalogue.Resource;

/**
 * The admin resource list's queries, over every status. Filters combine, so the query is
 * built with the Criteria API. Text is matched with {@code like} on the lower-cased title
 * and summary, not through the Hibernate Search index: editors look for a title they half
 * remember among a few thousand rows, in any status, and must see a change the moment it
 * is saved. A page costs two statements, a count and the rows.
 */
@Repository
class ResourceSearch {

	private static final char ESCAPE = '\\';

	private final EntityManager entityManager;

	ResourceSearch(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	long count(ResourceListQuery query, String email) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> count = cb.createQuery(Long.class);
		Root<Resource> resource = count.from(Resource.class);
		Join<Resource, Category> category = resource.join("category");
		count.select(cb.count(resource)).where(conditions(cb, resource, category, query, email));
		return this.entityManager.createQuery(count).getSingleResult();
	}

	List<ResourceRow> rows(ResourceListQuery query, String email, int offset, int limit) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<ResourceRow> rows = cb.createQuery(ResourceRow.class);
		Root<Resource> resource = rows.from(Resource.class);
		Join<Resource, Category> category = resource.join("category");
		rows.select(cb.construct(ResourceRow.class, resource.get("id"), resource.get("title"), resource.get("kind"),
				resource.get("status"), category.get("name"), resource.get("publishAt"), resource.get("publishedAt"),
				resource.get("reviewDueOn"), resource.get("modifiedAt"), resource.get("modifiedBy")))
			.where(conditions(cb, resource, category, query, email))
			.orderBy(order(cb, resource, query.sort()));
		return this.entityManager.createQuery(rows).setFirstResult(offset).setMaxResults(limit).getResultList();
	}

	private static Predicate[] conditions(CriteriaBuilder cb, Root<Resource> resource,
			Join<Resource, Category> category, ResourceListQuery query, String email) {
		List<Predicate> conditions = new ArrayList<>();
		if (query.text() != null) {
			String pattern = "%" + escape(query.text().toLowerCase(Locale.ROOT)) + "%";
			Expression<String> summary = cb.coalesce(resource.get("summary"), "");
			conditions.add(cb.or(cb.like(cb.lower(resource.get("title")), pattern, ESCAPE),
					cb.like(cb.lower(summary), pattern, ESCAPE)));
		}
		if (!query.statuses().isEmpty()) {
			conditions.add(resource.get("status").in(query.statuses()));
		}
		if (!query.kinds().isEmpty()) {
			conditions.add(resource.get("kind").in(query.kinds()));
		}
		if (query.category() != null) {
			conditions.add(cb.equal(category.get("slug"), query.category()));
		}
		if (query.mine()) {
			conditions
				.add(cb.or(cb.equal(resource.get("createdBy"), email), cb.equal(resource.get("modifiedBy"), email)));
		}
		return conditions.toArray(Predicate[]::new);
	}

	// The search text is matched literally: % and _ are not wildcards to an editor.
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			if (c == ESCAPE || c == '%' || c == '_') {
				escaped.append(ESCAPE);
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

	private static List<Order> order(CriteriaBuilder cb, Root<Resource> resource, ResourceListSort sort) {
		return switch (sort) {
			case CHANGED -> List.of(cb.desc(resource.get("modifiedAt")), cb.desc(resource.get("id")));
			case TITLE -> List.of(cb.asc(cb.lower(resource.get("title"))), cb.asc(resource.get("id")));
			case PUBLISHED -> List.of(cb.desc(resource.get("publishedAt"), Nulls.LAST), cb.desc(resource.get("id")));
		};
	}

}
