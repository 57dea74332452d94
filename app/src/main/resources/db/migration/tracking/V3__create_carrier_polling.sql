-- Each store's own credentials for the carriers' tracking APIs, sealed by platform's
-- SecretBox (bound to store, carrier and field). The hints are the last four characters,
-- so pages can say "set, ending …1234" without decrypting anything.
create table tracking.carrier_credential (
    store_id uuid not null,
    carrier text not null,
    client_id_sealed text,
    client_id_hint text,
    client_secret_sealed text,
    client_secret_hint text,
    api_key_sealed text,
    api_key_hint text,
    account_number text,
    enabled boolean not null,
    paused_at timestamptz,
    paused_reason text,
    updated_at timestamptz not null,
    primary key (store_id, carrier)
);

-- When each followed shipment is asked about next. next_poll_at null = no longer polled
-- (delivered or expired). A claimed row's next_poll_at is pushed to the end of a lease,
-- so a crashed poller's shipments come due again by themselves.
create table tracking.poll_schedule (
    shipment_id uuid primary key references tracking.shipment (id),
    store_id uuid not null,
    next_poll_at timestamptz,
    failures integer not null default 0,
    last_polled_at timestamptz,
    last_error text
);

create index poll_schedule_due on tracking.poll_schedule (next_poll_at) where next_poll_at is not null;
