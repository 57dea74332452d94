-- A store's EasyPost webhook secret, sealed by platform's SecretBox: EasyPost signs each delivery with it.
create table tracking.easypost_connection (
    store_id      uuid primary key,
    secret_sealed text        not null,
    updated_at    timestamptz not null
);
