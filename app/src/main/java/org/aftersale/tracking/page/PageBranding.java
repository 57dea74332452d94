package org.aftersale.tracking.page;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a store's tracking page has beyond the store's brand (logo, colours and font, kept
 * in the store alone): links, a banner, custom CSS and HTML. Held only in its checked
 * form: links are https, the banner is https or uploaded, the CSS is scoped and cleaned,
 * the HTML is sanitized.
 *
 * @param customCss applies only inside the page's content, see {@link CustomCss}
 * @param customHtml shown below the shipments, already sanitized by {@link CustomHtml}
 * @param suggestions whether "You may also like" shows, and what comes first in it
 */
public record PageBranding(List<PageLink> headerLinks, @Nullable String bannerImageUrl, @Nullable String bannerLinkUrl,
		Map<SocialNetwork, String> socialLinks, String customCss, String customHtml, SuggestionChoice suggestions) {

	public static final int MAX_HEADER_LINKS = 5;

	public PageBranding {
		headerLinks = List.copyOf(headerLinks);
		socialLinks = Map.copyOf(socialLinks);
	}

	public static PageBranding defaults() {
		return new PageBranding(List.of(), null, null, Map.of(), "", "", SuggestionChoice.defaults());
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
