-- The Spring Modulith event publication registry: our transactional outbox. Created here, not by the library,
-- so that the schema is versioned with everything else.
create schema if not exists events;

create table events.event_publication (
    id                     uuid not null primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on events.event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on events.event_publication (completion_date);

create table events.event_publication_archive (
    id                     uuid not null primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_archive_serialized_event_hash_idx on events.event_publication_archive using hash (serialized_event);
create index event_publication_archive_by_completion_date_idx on events.event_publication_archive (completion_date);
