-- The portal's form carries a one-time key: a second click on "Submit" finds the return the first one made.
alter table returns.return_request add column request_key varchar(64);
create unique index return_request_key_idx on returns.return_request (store_id, request_key) where request_key is not null;
-- Order numbers of up to 64 characters with "-R" and a count.
alter table returns.return_request alter column number type varchar(100);
