-- The tracking page no longer keeps its own colours and font: where a merchant had set
-- them, they become the store's, so what shoppers saw does not change.
update stores.store s
   set brand_color  = coalesce(p.brand_color, s.brand_color),
       accent_color = coalesce(p.accent_color, s.accent_color),
       font         = p.font
  from tracking.page_branding p
 where p.store_id = s.id;

alter table tracking.page_branding drop column brand_color;
alter table tracking.page_branding drop column accent_color;
alter table tracking.page_branding drop column font;
