-- Whether a refund Aftersale made reached the shop (Shopify): PENDING until the shop answers, then DONE with the
-- shop's refund id in external_id, or FAILED with the shop's reason for the team.
alter table orders.refund add column shop_state varchar(16);
alter table orders.refund add column shop_problem varchar(500);
