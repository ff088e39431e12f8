-- Who created and last changed a resource or a contact card (Spring Data auditing), for
-- "my drafts" on the dashboard and for the admin lists. Email addresses, not account ids:
-- they stay readable after an account is removed.
alter table resource add column created_by varchar(254);
alter table resource add column modified_by varchar(254);
alter table contact_card add column created_by varchar(254);
alter table contact_card add column modified_by varchar(254);
create index ix_resource_created_by on resource (created_by, status);
