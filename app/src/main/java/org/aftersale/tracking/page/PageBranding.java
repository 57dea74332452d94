package org.aftersale.tracking.page;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * How a store's tracking page looks beyond the store's own logo and colours. Held only in
 * its checked form: links are https, the CSS is scoped and cleaned, the HTML is
 * sanitized.
 *
 * @param brandColor {@code #rrggbb}, or {@code null} for the store's brand colour
 * @param accentColor {@code #rrggbb}, or {@code null} for the store's accent colour
 * @param customCss applies only inside the page's content, see {@link CustomCss}
 * @param customHtml shown below the shipments, already sanitized by {@link CustomHtml}
 */
public record PageBranding(@Nullable String brandColor, @Nullable String accentColor, PageFont font,
		List<PageLink> headerLinks, @Nullable String bannerImageUrl, @Nullable String bannerLinkUrl,
		Map<SocialNetwork, String> socialLinks, String customCss, String customHtml) {

	public static final int MAX_HEADER_LINKS = 5;

	public PageBranding {
		headerLinks = List.copyOf(headerLinks);
		socialLinks = Map.copyOf(socialLinks);
	}

	public static PageBranding defaults() {
		return new PageBranding(null, null, PageFont.SYSTEM, List.of(), null, null, Map.of(), "", "");
	}

	/** The social links in the networks' order, each labelled with its network's name. */
	public List<PageLink> socialLinksInOrder() {
		return java.util.Arrays.stream(SocialNetwork.values())
			.filter(socialLinks::containsKey)
			.map(network -> new PageLink(network.label(), socialLinks.get(network)))
			.toList();
	}

	public boolean hasBanner() {
		return bannerImageUrl != null;
	}

}
