-- Token buckets shared by every server on this database (Bucket4j's PostgreSQL layout):
-- look-up and sign-in limits hold across instances, not per process.
create table platform.rate_limit_bucket (
    id         varchar(400) primary key,
    state      bytea,
    expires_at bigint
);
create index rate_limit_bucket_expires_idx on platform.rate_limit_bucket (expires_at);
