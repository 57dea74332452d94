-- A store's own attention thresholds; stores without a row use aftersale.tracking.attention.*.
create table tracking.attention_settings (
    store_id uuid primary key,
    no_scan_days integer not null check (no_scan_days between 1 and 60),
    no_pickup_days integer not null check (no_pickup_days between 1 and 60),
    updated_at timestamptz not null
);

-- A merchant's note that a shipment's problem is handled. It covers the status and
-- sub-status the shipment had when it was written (sub_status '' for none), so a new
-- problem on the same shipment shows up again. Append-only: the history stays readable.
create table tracking.attention_note (
    id bigint generated always as identity primary key,
    store_id uuid not null,
    shipment_id uuid not null references tracking.shipment (id),
    status text not null,
    sub_status text not null,
    note text not null,
    handled_by text not null,
    handled_at timestamptz not null
);

create index attention_note_of_shipment on tracking.attention_note (shipment_id, status, sub_status, handled_at desc);

-- The attention counts and lists filter by status and by how long a shipment has been
-- quiet, or by its promised date.
create index shipment_by_status_quiet on tracking.shipment (store_id, status, last_event_at);
create index shipment_by_promise on tracking.shipment (store_id, estimated_delivery) where estimated_delivery is not null;
