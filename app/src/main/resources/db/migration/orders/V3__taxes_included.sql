-- Whether the order's prices include tax (as in most of Europe): then what a unit cost
-- is its price less its discounts, and its tax is only a share of that.
alter table orders.shop_order add column total_taxes_included boolean not null default false;
