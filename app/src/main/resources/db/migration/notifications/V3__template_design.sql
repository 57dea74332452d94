-- A template made in the simple editor keeps what the merchant filled in (subject,
-- heading, intro, button, footer, which blocks show) as JSON on its e-mail row; the
-- Liquid is generated from it with the current layout. Null for templates written in
-- Liquid and HTML.
alter table notifications.template add column design text;
