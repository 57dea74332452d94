-- The refund a resolved return made on its order, and what needs the team when the shop would not carry it out.
alter table returns.return_request add column refund_id uuid;
alter table returns.return_request add column attention varchar(500);
create index return_refund_idx on returns.return_request (store_id, refund_id) where refund_id is not null;
create index return_attention_idx on returns.return_request (store_id, created_at, id) where attention is not null;
