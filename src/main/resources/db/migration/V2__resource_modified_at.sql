-- When anything about a resource last changed, whether or not the public saw a change note
-- (updated_at). Resource pages answer Last-Modified from it. Hibernate keeps it current;
-- existing rows start from the best time they already have.
alter table resource add column modified_at timestamp with time zone;
update resource set modified_at = coalesce(updated_at, published_at, created_at);
alter table resource alter column modified_at set not null;
