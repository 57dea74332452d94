create schema if not exists customers;

create table customers.customer (
    id                uuid primary key,
    version           int          not null,
    store_id          uuid         not null,
    email             varchar(254) not null,
    source            varchar(32)  not null,
    external_id       varchar(128),
    first_name        varchar(100),
    last_name         varchar(100),
    phone             varchar(32),
    accepts_marketing boolean      not null,
    tags              text[]       not null,
    source_updated_at timestamptz,
    orders_count      bigint       not null,
    cancelled_count   bigint       not null,
    total_spent_minor bigint       not null,
    currency          char(3)      not null,
    first_order_at    timestamptz,
    last_order_at     timestamptz,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    constraint customer_email_key unique (store_id, email),
    -- several nulls are allowed: customers met through orders have no shop id
    constraint customer_source_key unique (store_id, source, external_id)
);
create index customer_store_created_idx on customers.customer (store_id, created_at desc, id desc);

-- Which customer each order belongs to, with the facts the order-history summary is
-- recomputed from. A link by id, not a foreign key: orders live in another schema.
create table customers.customer_order (
    store_id       uuid        not null,
    order_id       uuid        not null,
    customer_id    uuid        not null references customers.customer (id),
    placed_at      timestamptz not null,
    total_minor    bigint      not null,
    refunded_minor bigint      not null,
    currency       char(3)     not null,
    cancelled      boolean     not null,
    primary key (store_id, order_id)
);
create index customer_order_customer_idx on customers.customer_order (customer_id);

-- Order events already applied to the summaries: the registry delivers at least once,
-- and a redelivered event must not count twice.
create table customers.processed_order_event (
    store_id     uuid        not null,
    order_id     uuid        not null,
    event_key    varchar(64) not null,
    processed_at timestamptz not null,
    primary key (store_id, order_id, event_key)
);
