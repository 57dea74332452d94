create schema if not exists catalog;

create table catalog.product (
    id                uuid primary key,
    version           int          not null,
    store_id          uuid         not null,
    source            varchar(32)  not null,
    external_id       varchar(128) not null,
    title             varchar(255) not null,
    handle            varchar(255) not null,
    vendor            varchar(255),
    product_type      varchar(255),
    status            varchar(16)  not null,
    tags              text[]       not null,
    image_url         varchar(1000),
    source_updated_at timestamptz,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    constraint product_source_key unique (store_id, source, external_id)
);
create index product_store_created_idx on catalog.product (store_id, created_at desc, id desc);

create table catalog.variant (
    product_id             uuid         not null references catalog.product (id) on delete cascade,
    position               int          not null,
    variant_id             uuid         not null,
    store_id               uuid         not null,
    external_id            varchar(128),
    sku                    varchar(100),
    title                  varchar(255) not null,
    price_minor            bigint       not null check (price_minor >= 0),
    compare_at_price_minor bigint check (compare_at_price_minor >= 0),
    currency               char(3)      not null,
    inventory_quantity     bigint,
    image_url              varchar(1000),
    primary key (product_id, position)
);
create index variant_store_sku_idx on catalog.variant (store_id, sku);
create index variant_store_lower_sku_idx on catalog.variant (store_id, lower(sku));
create unique index variant_variant_id_idx on catalog.variant (variant_id);
