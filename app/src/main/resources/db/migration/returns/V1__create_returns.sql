create schema if not exists returns;

-- Every version of a store's return policy: at most one draft, published versions never change.
create table returns.policy (
    store_id     uuid        not null,
    version      int         not null,
    status       varchar(16) not null check (status in ('DRAFT', 'PUBLISHED')),
    document     text        not null,
    created_at   timestamptz not null,
    published_at timestamptz,
    primary key (store_id, version)
);
create unique index policy_one_draft on returns.policy (store_id) where status = 'DRAFT';

create table returns.return_request (
    id              uuid         primary key,
    version         int          not null,
    store_id        uuid         not null,
    order_id        uuid         not null,
    number          varchar(64)  not null,
    status          varchar(24)  not null,
    resolution      varchar(16)  not null,
    method          varchar(16)  not null,
    customer_email  varchar(320) not null,
    currency        char(3)      not null,
    policy_version  int          not null,
    items_minor     bigint       not null,
    discount_minor  bigint       not null,
    tax_minor       bigint       not null,
    fees_minor      bigint       not null,
    refund_minor    bigint       not null,
    credit_minor    bigint       not null,
    destination     uuid,
    note            varchar(1000),
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null
);
create unique index return_number_idx on returns.return_request (store_id, number);
create index return_order_idx on returns.return_request (store_id, order_id);
create index return_status_idx on returns.return_request (store_id, status, created_at, id);
create index return_list_idx on returns.return_request (store_id, created_at, id);

create table returns.return_item (
    return_id         uuid          not null references returns.return_request (id) on delete cascade,
    position          int           not null,
    line_id           uuid          not null,
    sku               varchar(255),
    title             varchar(500)  not null,
    quantity          bigint        not null check (quantity > 0),
    reason            varchar(40)   not null,
    sub_reason        varchar(40),
    comment           varchar(1000),
    unit_paid_minor   bigint        not null,
    refund_minor      bigint        not null,
    received_quantity bigint        not null default 0,
    condition         varchar(24),
    disposition       varchar(24),
    outcome           varchar(16)   not null,
    -- The policy's explanation for this item: JSON list of {rule, fired, reason}.
    explanation       text          not null,
    primary key (return_id, position)
);

-- Who did what to a return and when: the timeline and the audit of the team's actions.
create table returns.return_activity (
    id         bigserial    primary key,
    return_id  uuid         not null references returns.return_request (id) on delete cascade,
    at         timestamptz  not null,
    actor      varchar(320) not null,
    kind       varchar(32)  not null,
    detail     varchar(1000)
);
create index return_activity_idx on returns.return_activity (return_id, at);
