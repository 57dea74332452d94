-- Short links for texts: /s/{code} stands for an order's signed tracking link, so an SMS
-- stays within one segment. A code lives as long as a signed link would.
create table tracking.short_link (
    code       varchar(16)  primary key,
    store_id   uuid         not null,
    order_id   uuid         not null,
    expires_at timestamptz  not null,
    created_at timestamptz  not null
);
create index short_link_order_idx on tracking.short_link (store_id, order_id, expires_at desc);
create index short_link_expires_idx on tracking.short_link (expires_at);
