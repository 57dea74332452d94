-- A store's label provider: its API key sealed by platform's SecretBox, and how its return parcels are labelled.
create table returns.label_account (
    store_id        uuid primary key,
    provider        varchar(16)  not null,
    api_key_sealed  text         not null,
    weight_ounces   numeric(8,2) not null check (weight_ounces > 0),
    carriers        varchar(200) not null default '',
    qr_code         boolean      not null default true,
    updated_at      timestamptz  not null
);

-- The label of a return: bought from a provider (prepared first, so that a crash never pays twice) or uploaded
-- by the merchant; the parcel it follows in tracking.
create table returns.return_label (
    return_id       uuid primary key references returns.return_request (id) on delete cascade,
    store_id        uuid         not null,
    source          varchar(16)  not null,
    status          varchar(16)  not null check (status in ('PREPARED', 'BOUGHT', 'FAILED', 'VOIDED')),
    reference       varchar(100),
    carrier         varchar(40),
    service         varchar(60),
    tracking_number varchar(60),
    label_url       varchar(1000),
    qr_code_url     varchar(1000),
    cost_minor      bigint,
    currency        char(3),
    file            bytea,
    file_type       varchar(40),
    shipment_id     uuid,
    problem         varchar(500),
    attempts        int          not null default 0,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null
);
create index return_label_shipment_idx on returns.return_label (shipment_id) where shipment_id is not null;

-- When the parcel reached the store, for the queue's "arrived" filter.
alter table returns.return_request add column arrived_at timestamptz;

-- The lapse job looks for approved returns whose shopper never sent the parcel.
create index return_approved_idx on returns.return_request (updated_at) where status = 'APPROVED';
