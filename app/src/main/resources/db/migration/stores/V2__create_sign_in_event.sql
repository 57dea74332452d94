-- Every staff sign-in, failure and throttled try: the audit trail an owner reads, and the
-- record the throttle counts a guesser's failures from.
create table stores.sign_in_event (
    id      bigint generated always as identity primary key,
    at      timestamptz  not null default now(),
    email   varchar(254) not null,
    address varchar(64)  not null,
    outcome varchar(10)  not null check (outcome in ('success', 'failure', 'throttled'))
);
create index sign_in_event_email_address_idx on stores.sign_in_event (email, address, id);
create index sign_in_event_at_idx on stores.sign_in_event (at);
