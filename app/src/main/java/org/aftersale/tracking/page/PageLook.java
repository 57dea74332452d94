package org.aftersale.tracking.page;

import org.aftersale.stores.BrandFont;
import org.aftersale.stores.BrandPalette;
import org.aftersale.stores.StoreImage;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * Everything that gives a store's tracking page its look: the store's name, logo, colours
 * and font (the store's brand) and the page's own branding.
 */
@NamedInterface("shopper-pages")
public record PageLook(String storeName, String slug, @Nullable String logoUrl, BrandPalette palette, BrandFont font,
		PageBranding branding) {

	/**
	 * The CSS custom properties the stylesheet reads. Built only from checked colours
	 * ({@code #rrggbb}) and constant font stacks, so it is safe in a style element. Text
	 * on a colour and text in a colour use the palette's readable shades.
	 */
	public String variables() {
		return ".tracking-page{--brand:" + palette.brand() + ";--on-brand:" + palette.onBrand() + ";--brand-ink:"
				+ palette.brandInk() + ";--accent:" + palette.accent() + ";--accent-ink:" + palette.accentInk()
				+ ";--font:" + font.stack() + "}";
	}

	/** The merchant's CSS, confined to the page, see {@link CustomCss}. */
	public String scopedCss() {
		return CustomCss.scoped(branding.customCss());
	}

	public boolean hasLogo() {
		return StoreImage.isImageAddress(logoUrl);
	}

}
