-- Delays already announced, so each is announced once: a broken promise once per promised
-- date, a silence once per last scan (a new scan followed by a new silence is news again).
create table tracking.delay_announcement (
    shipment_id uuid not null,
    store_id uuid not null,
    marker text not null,
    announced_at timestamptz not null,
    primary key (shipment_id, marker)
);
