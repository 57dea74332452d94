-- Parcels coming back to the store (return labels) are followed like any other, but they are not the order's
-- shipments: the shopper's tracking page, delay notices and delivery figures leave them out.
alter table tracking.shipment add column direction varchar(8) not null default 'OUTBOUND'
    check (direction in ('OUTBOUND', 'RETURN'));
