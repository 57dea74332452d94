-- Whether the tracking page shows "You may also like", and the products the merchant
-- pinned to its front, by SKU in their order.
alter table tracking.page_branding add column suggestions_shown boolean not null default true;
alter table tracking.page_branding add column pinned_skus text[] not null default '{}';
