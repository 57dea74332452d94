-- Responses are kept sealed from now on, and only for the scope that made them; records
-- written before this have neither, so they go (they expire within a day anyway).
delete from platform.idempotency_key;

alter table platform.idempotency_key add column caller varchar(200) not null;
