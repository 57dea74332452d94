-- The shop's own address, where product links on shopper pages lead.
alter table stores.store add column storefront_url varchar(500);
