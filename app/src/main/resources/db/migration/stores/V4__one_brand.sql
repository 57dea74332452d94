-- The store is the one source of its look: the font joins the colours and the logo here
-- (the tracking page's own copies move in with tracking's V15).
alter table stores.store add column font varchar(16) not null default 'SYSTEM';

-- The old default accent (#0f9d58) carried white text at 3.5:1; stores that never changed
-- it get the new default, which passes WCAG AA.
update stores.store set accent_color = '#0b8043' where accent_color = '#0f9d58';

-- Uploaded logos and banners, re-encoded; never changed once written.
create table stores.store_image (
    id           uuid primary key,
    store_id     uuid         not null references stores.store (id),
    kind         varchar(16)  not null check (kind in ('LOGO', 'BANNER')),
    content_type varchar(32)  not null check (content_type in ('image/png', 'image/jpeg')),
    bytes        bytea        not null,
    width        int          not null,
    height       int          not null,
    created_at   timestamptz  not null
);
create index store_image_store on stores.store_image (store_id);
