-- Category pages list the public resources of one category, newest first; this index
-- serves the filter and the order together.
create index ix_resource_category_listing on resource (category_id, status, published_at);
