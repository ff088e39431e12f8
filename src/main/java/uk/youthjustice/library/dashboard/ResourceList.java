package uk.youthjustice.library.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.catalogue.ResourceStatus;
import uk.youthjustice.library.system.ActiveFilter;
import uk.youthjustice.library.system.Choice;
import uk.youthjustice.library.system.FilterOption;
import uk.youthjustice.library.system.Pagination;

/**
 * The admin list of every resource in any status: searched, filtered, sorted and
 * paginated. A page costs three statements: the categories, a count and the rows.
 */
@Service
@Transactional(readOnly = true)
class ResourceList {

	static final int PAGE_SIZE = 50;

	private static final String PATH = ResourceListPage.PATH;

	private final ResourceSearch search;

	private final CategoryChoices categories;

	ResourceList(ResourceSearch search, CategoryChoices categories) {
		this.search = search;
		this.categories = categories;
	}

	ResourceListPage page(ResourceListParameters parameters, String email) {
		List<Choice> allCategories = this.categories.all();
		ResourceListQuery asked = ResourceListQuery.from(parameters,
				allCategories.stream().map(Choice::value).collect(Collectors.toSet()));
		long total = this.search.count(asked, email);
		int totalPages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		ResourceListQuery query = asked.onPage(Math.min(asked.page(), totalPages));
		List<ResourceRow> rows = (total > 0) ? this.search.rows(query, email, (query.page() - 1) * PAGE_SIZE, PAGE_SIZE)
				: List.of();
		return new ResourceListPage(query, total, rows,
				Pagination.of(query.page(), totalPages, (number) -> PATH + query.onPage(number).toQueryString()),
				statusOptions(query), kindOptions(query), allCategories, List.of(ResourceListSort.values()),
				activeFilters(query, allCategories));
	}

	private static List<FilterOption> statusOptions(ResourceListQuery query) {
		return Arrays.stream(ResourceStatus.values())
			.map((status) -> new FilterOption(ResourceListQuery.statusParameter(status), null,
					"resource.status." + status.name(), query.statuses().contains(status)))
			.toList();
	}

	private static List<FilterOption> kindOptions(ResourceListQuery query) {
		return Arrays.stream(ResourceKind.values())
			.map((kind) -> new FilterOption(ResourceListQuery.kindParameter(kind), null, "resource.kind." + kind.name(),
					query.kinds().contains(kind)))
			.toList();
	}

	private static List<ActiveFilter> activeFilters(ResourceListQuery query, List<Choice> categories) {
		List<ActiveFilter> active = new ArrayList<>();
		if (query.text() != null) {
			active.add(new ActiveFilter("dashboard.list.filter.text", query.text(), null,
					PATH + query.toQueryStringWithout("q", null)));
		}
		query.statuses()
			.forEach((status) -> active
				.add(new ActiveFilter("dashboard.list.filter.status", null, "resource.status." + status.name(),
						PATH + query.toQueryStringWithout("status", ResourceListQuery.statusParameter(status)))));
		query.kinds()
			.forEach((kind) -> active
				.add(new ActiveFilter("dashboard.list.filter.kind", null, "resource.kind." + kind.name(),
						PATH + query.toQueryStringWithout("kind", ResourceListQuery.kindParameter(kind)))));
		categories.stream()
			.filter((category) -> category.value().equals(query.category()))
			.forEach((category) -> active.add(new ActiveFilter("dashboard.list.filter.category", category.label(), null,
					PATH + query.toQueryStringWithout("category", null))));
		if (query.mine()) {
			active.add(new ActiveFilter("dashboard.list.filter.mine", null, "dashboard.list.filter.mine.value",
					PATH + query.toQueryStringWithout("mine", null)));
		}
		return active;
	}

}
