create schema if not exists integrations;

-- Secrets are stored only as AES-GCM ciphertext; the last four characters are kept apart
-- so the admin can tell which token is in use without ever decrypting it for display.
create table integrations.shopify_connection (
    store_id              uuid primary key,
    shop_domain           varchar(255) not null,
    webhook_secret_enc    text         not null,
    access_token_enc      text,
    access_token_last4    varchar(4),
    webhooks_registered   int          not null default 0,
    webhooks_failed       int          not null default 0,
    webhooks_error        text,
    webhooks_checked_at   timestamptz,
    created_at            timestamptz  not null,
    updated_at            timestamptz  not null
);

create table integrations.shopify_backfill (
    store_id      uuid         not null,
    resource      varchar(16)  not null,
    status        varchar(16)  not null,
    next_page     text,
    fetched       int          not null default 0,
    imported      int          not null default 0,
    failed        int          not null default 0,
    last_error    text,
    started_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    primary key (store_id, resource)
);

-- The unique key is what makes a replayed delivery harmless: it is inserted in the same
-- transaction as the delivery's effect.
create table integrations.shopify_webhook_delivery (
    store_id     uuid         not null,
    webhook_id   varchar(128) not null,
    topic        varchar(64)  not null,
    received_at  timestamptz  not null,
    primary key (store_id, webhook_id)
);

create table integrations.shopify_failed_delivery (
    id           bigserial primary key,
    store_id     uuid         not null,
    origin       varchar(16)  not null,
    webhook_id   varchar(128),
    topic        varchar(64)  not null,
    resource_id  varchar(64),
    problem      text         not null,
    received_at  timestamptz  not null
);
create index shopify_failed_delivery_store_idx on integrations.shopify_failed_delivery (store_id, received_at desc);
