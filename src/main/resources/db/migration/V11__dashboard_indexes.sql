-- The admin dashboard and resource list show the most recently changed resources first, and
-- the "due for review" list reads resources by review date and contact cards by the date they
-- were last verified: one index for each order.
create index ix_resource_modified_at on resource (modified_at);
create index ix_resource_review_due_on on resource (review_due_on);
create index ix_contact_card_last_verified_on on contact_card (last_verified_on);
