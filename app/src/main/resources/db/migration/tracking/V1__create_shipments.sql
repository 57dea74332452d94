create schema if not exists tracking;

-- One row per parcel of an order. The same tracking number may sit on two orders of one
-- store (shops combine orders into one box), so uniqueness is per order; events for that
-- number fan out to every shipment that carries it. carrier is '' until it is known, so
-- that the unique key also holds for undetected carriers (NULLs would never collide).
create table tracking.shipment (
    id uuid primary key,
    version integer not null,
    store_id uuid not null,
    order_id uuid not null,
    fulfilment_id uuid,
    carrier text not null,
    service text,
    tracking_number text not null,
    tracking_number_normalized text not null,
    tracking_url text,
    shipped_at timestamptz,
    estimated_delivery date,
    status text not null,
    sub_status text,
    status_since timestamptz,
    last_event_at timestamptz,
    last_event_description text,
    delivered_at timestamptz,
    signed_by text,
    proof_of_delivery_url text,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    constraint shipment_once_per_order unique (store_id, order_id, tracking_number_normalized, carrier)
);

create index shipment_by_number on tracking.shipment (store_id, tracking_number_normalized);
create index shipment_newest_first on tracking.shipment (store_id, created_at desc, id desc);
create index shipment_by_status on tracking.shipment (store_id, status, created_at desc, id desc);

create table tracking.shipment_line (
    shipment_id uuid not null references tracking.shipment (id) on delete cascade,
    position integer not null,
    order_line_id uuid not null,
    sku text,
    quantity bigint not null,
    primary key (shipment_id, position)
);

-- Append-only. The unique key is the de-duplication rule (same shipment, time, code or
-- status, place), so a replayed or concurrent delivery can never add an event twice.
create table tracking.tracking_event (
    id bigint generated always as identity primary key,
    store_id uuid not null,
    shipment_id uuid not null references tracking.shipment (id),
    occurred_at timestamptz not null,
    original_offset text,
    zone_guessed boolean not null,
    status text not null,
    sub_status text,
    code text,
    dedup_code text not null,
    description text not null,
    city text,
    region text,
    postal_code text,
    country text,
    location_key text not null,
    signed_by text,
    estimated_delivery date,
    source text not null,
    raw text not null,
    received_at timestamptz not null,
    constraint tracking_event_once unique (shipment_id, occurred_at, dedup_code, location_key)
);

create index tracking_event_timeline on tracking.tracking_event (shipment_id, occurred_at desc);

-- The secret of our own signed webhook, one per store, sealed by platform's SecretBox.
create table tracking.webhook_secret (
    store_id uuid primary key,
    secret_sealed text not null,
    created_at timestamptz not null
);
