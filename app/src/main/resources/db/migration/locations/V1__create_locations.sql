create schema if not exists locations;

-- A store's places: warehouses and shops, where returns go or are taken in (and later where orders are picked up).
create table locations.location (
    id               uuid         primary key,
    version          int          not null,
    store_id         uuid         not null,
    name             varchar(120) not null,
    kind             varchar(16)  not null,
    line1            varchar(255) not null,
    line2            varchar(255),
    city             varchar(120) not null,
    region           varchar(120),
    postal_code      varchar(20)  not null,
    country          char(2)      not null,
    time_zone        varchar(64)  not null,
    -- WeeklyHours' canonical text: "mon 09:00-17:30, sat 10:00-14:00"; empty when no hours are given.
    opening_hours    varchar(400) not null,
    accepts_returns  boolean      not null,
    pickup           boolean      not null,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    -- Returns keep pointing at a removed location; it only leaves the lists.
    removed_at       timestamptz
);

create index location_store_idx on locations.location (store_id, created_at, id) where removed_at is null;
