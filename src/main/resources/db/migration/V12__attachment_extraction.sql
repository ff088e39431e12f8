-- What reading a file finds besides its text, and the queue of files waiting to be read.

alter table attachment add column document_title varchar(1000);
alter table attachment add column document_author varchar(1000);
-- A PNG of the first page, kept in the content store like the file itself.
alter table attachment add column thumbnail_sha256 varchar(64);
-- True when attachment_page holds one row a real page (PDF); false when the text is one block.
alter table attachment add column text_by_page boolean not null default false;
-- PDFs carrying JavaScript are offered as downloads, never opened in the browser.
alter table attachment add column has_script boolean not null default false;
alter table attachment add column extracted_at timestamp with time zone;
create index ix_attachment_thumbnail on attachment (thumbnail_sha256);

-- One row a file still to be read; the row goes when the attachment's status is final.
-- A claim older than the lease is taken to be from a node that stopped, and is taken over.
create table extraction_job (
    attachment_id bigint                   primary key,
    queued_at     timestamp with time zone not null,
    attempts      integer                  not null default 0,
    claimed_at    timestamp with time zone,
    claimed_by    varchar(100),
    constraint fk_extraction_job_attachment foreign key (attachment_id) references attachment (id) on delete cascade
);
create index ix_extraction_job_queue on extraction_job (queued_at);
