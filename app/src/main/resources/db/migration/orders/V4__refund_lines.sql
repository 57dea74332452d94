-- What each refund gave back per line: units, their goods amount after discounts, their tax, and whether the
-- shop put them back in stock. Refunds made in the shop (Shopify refunds/create) are counted like ours.
create table orders.refund_line (
    order_id     uuid    not null references orders.shop_order (id) on delete cascade,
    position     int     not null,
    refund_id    uuid    not null,
    line_id      uuid    not null,
    quantity     bigint  not null check (quantity >= 0),
    amount_minor bigint  not null check (amount_minor >= 0),
    tax_minor    bigint  not null check (tax_minor >= 0),
    restock      boolean not null,
    primary key (order_id, position)
);

-- Which refunds the shop made (with its id) and which Aftersale made (for a return).
alter table orders.refund add column origin varchar(16) not null default 'SHOP';
