create schema if not exists orders;

create table orders.shop_order (
    id                   uuid primary key,
    version              int          not null,
    store_id             uuid         not null,
    source               varchar(32)  not null,
    external_id          varchar(128) not null,
    number               varchar(64)  not null,
    placed_at            timestamptz  not null,
    currency             char(3)      not null,
    status               varchar(24)  not null,
    financial_status     varchar(32),
    customer_email       varchar(254),
    customer_first_name  varchar(100),
    customer_last_name   varchar(100),
    customer_phone       varchar(32),
    ship_name            varchar(200),
    ship_line1           varchar(255),
    ship_line2           varchar(255),
    ship_city            varchar(120),
    ship_region          varchar(120),
    ship_postal_code     varchar(20),
    ship_country         char(2),
    total_subtotal_minor bigint       not null,
    total_shipping_minor bigint       not null,
    total_tax_minor      bigint       not null,
    total_discount_minor bigint       not null,
    total_total_minor    bigint       not null,
    refunded_minor       bigint       not null,
    source_updated_at    timestamptz,
    cancelled_at         timestamptz,
    cancel_reason        varchar(200),
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    constraint shop_order_source_key unique (store_id, source, external_id)
);
create index shop_order_store_placed_idx on orders.shop_order (store_id, placed_at desc, id desc);
create index shop_order_store_number_idx on orders.shop_order (store_id, number);
create index shop_order_store_email_idx on orders.shop_order (store_id, customer_email);
create index shop_order_store_updated_idx on orders.shop_order (store_id, updated_at, id);

create table orders.line_item (
    order_id         uuid         not null references orders.shop_order (id) on delete cascade,
    position         int          not null,
    line_id          uuid         not null,
    external_id      varchar(128),
    sku              varchar(100),
    title            varchar(255) not null,
    variant_title    varchar(255),
    quantity         bigint       not null check (quantity > 0),
    unit_price_minor bigint       not null check (unit_price_minor >= 0),
    discount_minor   bigint       not null,
    tax_minor        bigint       not null,
    product_id       varchar(128),
    variant_id       varchar(128),
    image_url        varchar(1000),
    tags             text         not null,
    primary key (order_id, position)
);

create table orders.fulfilment (
    order_id         uuid         not null references orders.shop_order (id) on delete cascade,
    position         int          not null,
    fulfilment_id    uuid         not null,
    external_id      varchar(128),
    status           varchar(32)  not null,
    tracking_company varchar(100),
    tracking_numbers text         not null,
    tracking_urls    text         not null,
    shipment_status  varchar(32),
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    primary key (order_id, position)
);

create table orders.fulfilment_line (
    order_id      uuid   not null references orders.shop_order (id) on delete cascade,
    position      int    not null,
    fulfilment_id uuid   not null,
    line_id       uuid   not null,
    quantity      bigint not null,
    primary key (order_id, position)
);

create table orders.refund (
    order_id     uuid         not null references orders.shop_order (id) on delete cascade,
    position     int          not null,
    refund_id    uuid         not null,
    external_id  varchar(128),
    amount_minor bigint       not null,
    note         varchar(500),
    created_at   timestamptz  not null,
    primary key (order_id, position)
);

-- What happened to an order, in the merchant's words, for the order page's timeline.
create table orders.order_activity (
    id          bigserial primary key,
    store_id    uuid         not null,
    order_id    uuid         not null,
    occurred_at timestamptz  not null,
    kind        varchar(32)  not null,
    summary     varchar(500) not null
);
create index order_activity_order_idx on orders.order_activity (store_id, order_id, occurred_at);
