create schema if not exists tracking;

-- One row per store that changed its tracking page's look; stores without a row use the
-- defaults. Lists are JSON documents: they are read and written whole, never queried.
create table tracking.page_branding (
    store_id         uuid primary key,
    brand_color      varchar(7),
    accent_color     varchar(7),
    font             varchar(16)   not null,
    header_links     text          not null,
    banner_image_url varchar(1000),
    banner_link_url  varchar(1000),
    social_links     text          not null,
    custom_css       text          not null,
    custom_html      text          not null,
    updated_at       timestamptz   not null
);
