-- The dashboard counts a store's deliveries of the last 30 days and whether each came by
-- the promised day: this index answers that from the index alone, whatever the history.
create index shipment_delivered on tracking.shipment (store_id, delivered_at) include (estimated_delivery)
    where delivered_at is not null;
