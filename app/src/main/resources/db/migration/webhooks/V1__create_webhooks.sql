create schema if not exists webhooks;

-- A merchant's receiver. events holds the subscribed patterns (order.*, shipment.delivered, *);
-- the signing secret is sealed by platform's SecretBox, bound to the subscription's id.
create table webhooks.subscription (
    id uuid primary key,
    store_id uuid not null,
    url varchar(2000) not null,
    events text[] not null,
    description varchar(500),
    secret_sealed text not null,
    active boolean not null,
    created_at timestamptz not null,
    updated_at timestamptz not null
);
create index subscription_store_idx on webhooks.subscription (store_id, created_at);

-- One domain event for one subscription. event_key names the domain event deterministically,
-- so a redelivered domain event meets the unique key and adds nothing. payload is text, not
-- jsonb: the exact bytes that are signed must be the bytes that are sent, on every attempt.
-- next_attempt_at is null once nothing more is due (delivered or failed); a claimed row's
-- next_attempt_at is pushed to the end of a lease, so a crashed sender's rows come due again.
create table webhooks.delivery (
    id uuid primary key,
    store_id uuid not null,
    subscription_id uuid not null references webhooks.subscription (id) on delete cascade,
    event_id uuid not null,
    event_type varchar(100) not null,
    event_key varchar(500) not null,
    payload text not null,
    status varchar(20) not null,
    attempts integer not null default 0,
    round_start integer not null default 0,
    next_attempt_at timestamptz,
    last_status_code integer,
    last_error text,
    created_at timestamptz not null,
    delivered_at timestamptz,
    unique (subscription_id, event_key)
);
create index delivery_due_idx on webhooks.delivery (next_attempt_at) where next_attempt_at is not null;
create index delivery_log_idx on webhooks.delivery (subscription_id, created_at desc, id desc);

-- The delivery log: every request made, with what the receiver answered.
create table webhooks.delivery_attempt (
    delivery_id uuid not null references webhooks.delivery (id) on delete cascade,
    number integer not null,
    store_id uuid not null,
    attempted_at timestamptz not null,
    status_code integer,
    response_excerpt text,
    error text,
    duration_ms integer not null,
    primary key (delivery_id, number)
);
