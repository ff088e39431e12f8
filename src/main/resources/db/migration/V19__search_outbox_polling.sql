-- Hibernate Search's outbox-polling coordination (library.search.coordination=outbox-polling,
-- docs/scaling.md): index changes queued in the database for whichever node polls them, and the
-- nodes that poll. Unused, and empty, while each node indexes its own changes (the default).
-- Column names as Hibernate Search's mapping names them, after Spring Boot's naming strategy.
create table hsearch_outbox_event (
    id             uuid                     not null primary key,
    entity_name    varchar(256)             not null,
    entity_id      varchar(256)             not null,
    entity_id_hash integer                  not null,
    payload        bytea                    not null,
    retries        integer                  not null,
    process_after  timestamp with time zone not null,
    status         varchar(255)             not null,
    tenant_id      varchar(255)
);

create index hsearch_outbox_event_entity_id_hash on hsearch_outbox_event (entity_id_hash);
create index hsearch_outbox_event_status on hsearch_outbox_event (status);
create index hsearch_outbox_event_process_after on hsearch_outbox_event (process_after);

create table hsearch_agent (
    id                   uuid                     not null primary key,
    type                 varchar(255)             not null,
    name                 varchar(255)             not null,
    expiration           timestamp with time zone not null,
    state                varchar(255)             not null,
    total_shard_count    integer,
    assigned_shard_index integer,
    payload              bytea,
    tenant_id            varchar(255)
);
