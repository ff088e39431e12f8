-- Search analytics: what the editors' search queries page needs to stay fast with a year
-- of searches (a million rows).

-- Whether anyone chose a result of the search, set by the first click, so that the share
-- of searches followed by a click is counted without joining the clicks.
alter table search_query add column clicked boolean not null default false;

-- Each report reads one period. With searched_at first and the columns it needs after it,
-- the totals and the commonest searches are read from the index alone.
create index ix_search_query_period on search_query (searched_at, query_text, result_count, clicked);
-- Searches that found nothing, by period.
create index ix_search_query_zero on search_query (result_count, searched_at);
-- The results chosen in a period, and the searches behind each.
create index ix_search_click_period on search_click (clicked_at, resource_slug, result_rank);
create index ix_search_click_resource on search_click (resource_slug, clicked_at);

-- ix_search_query_period starts with searched_at, so this one only cost writes.
drop index ix_search_query_searched_at;
