-- A parcel the merchant corrected or removed is retired, not deleted: its carrier events,
-- the messages that named it and the audit stay; every list, count, poll and look-up
-- leaves it out. A corrected number may later be entered again, so the once-per-order
-- rule holds for parcels still followed only.
alter table tracking.shipment
    add column retired_at timestamptz,
    add column retired_by text,
    add column replaced_by uuid;
alter table tracking.shipment drop constraint shipment_once_per_order;
create unique index shipment_once_per_order on tracking.shipment (store_id, order_id, tracking_number_normalized, carrier)
    where retired_at is null;
