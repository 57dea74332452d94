create schema if not exists notifications;

-- A store's own switches per trigger and channel. No row means the trigger's default
-- (Trigger.java), so a new store sends the defaults without any setup.
create table notifications.trigger_setting (
    store_id uuid not null,
    trigger text not null,
    channel text not null,
    enabled boolean not null,
    delay_minutes integer not null default 0 check (delay_minutes between 0 and 525600),
    conditions jsonb not null default '{}',
    updated_at timestamptz not null,
    primary key (store_id, trigger, channel)
);

-- Sender identity, quiet hours and timing of a store's messages. No row means the defaults.
create table notifications.store_setting (
    store_id uuid primary key,
    sender_name text,
    from_address text,
    reply_to text,
    quiet_start time,
    quiet_end time,
    quiet_hours_email boolean not null default false,
    digest_minutes integer not null default 0 check (digest_minutes between 0 and 1440),
    follow_up_days integer not null default 7 check (follow_up_days between 1 and 90),
    updated_at timestamptz not null
);

-- The store's SMS provider (any Twilio-compatible Messages API). The token is sealed.
create table notifications.sms_provider (
    store_id uuid primary key,
    provider text not null,
    account_sid text not null,
    auth_token_sealed text not null,
    from_number text not null,
    base_url text not null,
    updated_at timestamptz not null
);

-- A merchant's edited template for one trigger, channel and language; defaults live in code.
create table notifications.template (
    store_id uuid not null,
    trigger text not null,
    channel text not null,
    locale text not null,
    subject text,
    body text not null,
    updated_at timestamptz not null,
    updated_by text,
    primary key (store_id, trigger, channel, locale)
);

-- Every message decided on, and the outbox it is sent from. The unique key is the
-- exactly-once guarantee: one message per (store, trigger, subject, channel), whatever
-- replays, duplicates, restarts or second instances happen. subject_key names what the
-- message is about (an order, a shipment and the status it reached, ...).
create table notifications.message (
    id uuid primary key,
    store_id uuid not null,
    order_id uuid not null,
    shipment_id uuid,
    trigger text not null,
    channel text not null,
    subject_key text not null,
    recipient text not null,
    locale text not null,
    purpose text not null,
    status text not null,
    due_at timestamptz not null,
    attempts integer not null default 0,
    claim_token uuid,
    claim_seq integer,
    claimed_until timestamptz,
    merged_into uuid,
    provider_id text,
    subject text,
    last_error text,
    sent_at timestamptz,
    delivered_at timestamptz,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    constraint message_once unique (store_id, trigger, subject_key, channel)
);

create index message_due on notifications.message (channel, due_at) where status in ('scheduled', 'held');
create index message_of_order on notifications.message (store_id, order_id, created_at);
create index message_claimed on notifications.message (claim_token, claim_seq) where status = 'sending';
create index message_by_day on notifications.message (store_id, created_at);
create index message_by_status on notifications.message (store_id, status, updated_at desc);

-- What happened on each try to hand a message over, for the admin's log.
create table notifications.message_attempt (
    id bigserial primary key,
    message_id uuid not null references notifications.message (id) on delete cascade,
    attempted_at timestamptz not null,
    outcome text not null,
    detail text
);

create index message_attempt_of_message on notifications.message_attempt (message_id, attempted_at);

-- Addresses that must not get messages: hard bounces, complaints, unsubscribes, SMS STOP.
-- scope 'all' stops every message of the channel, 'marketing' only marketing ones.
create table notifications.suppression (
    store_id uuid not null,
    channel text not null,
    address text not null,
    scope text not null,
    reason text not null,
    detail text,
    created_at timestamptz not null,
    primary key (store_id, channel, address, scope)
);
