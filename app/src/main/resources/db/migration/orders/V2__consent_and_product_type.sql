-- What the shop said about marketing when the shopper ordered: true opted in, false
-- declined or withdrew, null when the source does not say.
alter table orders.shop_order add column customer_email_marketing_consent boolean;
alter table orders.shop_order add column customer_sms_marketing_consent boolean;

-- The product's type as the shop classifies it, for rules and reports.
alter table orders.line_item add column product_type varchar(255);
