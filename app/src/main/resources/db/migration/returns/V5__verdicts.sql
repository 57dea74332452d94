-- The team's verdict on a return: fraud (its shopper is flagged from then on) or safe (not flagged for it).
create table returns.return_verdict (
    return_id  uuid primary key references returns.return_request (id) on delete cascade,
    store_id   uuid         not null,
    verdict    varchar(8)   not null check (verdict in ('FRAUD', 'SAFE')),
    decided_by varchar(320) not null,
    decided_at timestamptz  not null
);
-- A shopper's returns of the last 12 months, for the queue's flag.
create index return_customer_idx on returns.return_request (store_id, lower(customer_email), created_at);
