package org.aftersale.tracking.page;

import org.jspecify.annotations.Nullable;

/**
 * Everything that gives a store's tracking page its look: the store's name and logo, the
 * colours (the page's own, else the store's) and the page branding.
 */
public record PageLook(String storeName, String slug, @Nullable String logoUrl, String brandColor, String accentColor,
		PageBranding branding) {

	/**
	 * The CSS custom properties the stylesheet reads. Built only from checked colours
	 * ({@code #rrggbb}) and constant font stacks, so it is safe in a style element.
	 */
	public String variables() {
		return ".tracking-page{--brand:" + brandColor + ";--accent:" + accentColor + ";--font:"
				+ branding.font().stack() + "}";
	}

	/** The merchant's CSS, confined to the page, see {@link CustomCss}. */
	public String scopedCss() {
		return CustomCss.scoped(branding.customCss());
	}

	public boolean hasLogo() {
		return SafeUrl.isHttpOrHttps(logoUrl);
	}

}
