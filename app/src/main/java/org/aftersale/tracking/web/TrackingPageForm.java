package org.aftersale.tracking.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

import org.aftersale.tracking.page.CustomCss;
import org.aftersale.tracking.page.CustomHtml;
import org.aftersale.tracking.page.PageBranding;
import org.aftersale.stores.StoreImage;
import org.aftersale.tracking.page.PageLink;
import org.aftersale.tracking.page.SafeUrl;
import org.aftersale.tracking.page.SocialNetwork;
import org.aftersale.tracking.page.SuggestionChoice;

import org.springframework.util.MultiValueMap;

/**
 * The tracking-page branding form as typed. Header links come as five label and five URL
 * fields; a row with both blank is simply unused. Public only so templates can read it.
 */
public record TrackingPageForm(List<String> linkLabels, List<String> linkUrls, String bannerImageUrl,
		String bannerLinkUrl, Map<String, String> social, String customCss, String customHtml, boolean suggestionsShown,
		String pinnedSkus) {

	/** The checked branding, or the problems by field name. */
	record Checked(PageBranding branding, Map<String, String> errors) {
	}

	static TrackingPageForm of(MultiValueMap<String, String> params) {
		Map<String, String> social = new LinkedHashMap<>();
		for (SocialNetwork network : SocialNetwork.values()) {
			social.put(network.key(), value(params, network.key()));
		}
		return new TrackingPageForm(rows(params.get("linkLabel")), rows(params.get("linkUrl")),
				value(params, "bannerImageUrl"), value(params, "bannerLinkUrl"), social,
				params.getOrDefault("customCss", List.of("")).get(0),
				params.getOrDefault("customHtml", List.of("")).get(0),
				// A form without the section (an older page) keeps suggestions on.
				!params.containsKey("suggestionsSection") || params.containsKey("suggestionsShown"),
				params.getOrDefault("pinnedSkus", List.of("")).get(0));
	}

	static TrackingPageForm of(PageBranding branding) {
		List<String> labels = new ArrayList<>();
		List<String> urls = new ArrayList<>();
		branding.headerLinks().forEach(link -> {
			labels.add(link.label());
			urls.add(link.url());
		});
		Map<String, String> social = new LinkedHashMap<>();
		for (SocialNetwork network : SocialNetwork.values()) {
			social.put(network.key(), branding.socialLinks().getOrDefault(network, ""));
		}
		return new TrackingPageForm(rows(labels), rows(urls), orEmpty(branding.bannerImageUrl()),
				orEmpty(branding.bannerLinkUrl()), social, branding.customCss(), branding.customHtml(),
				branding.suggestions().shown(), String.join("\n", branding.suggestions().pinnedSkus()));
	}

	/** The pinned SKUs as typed: one per line (or separated by commas), in order. */
	List<String> pinnedSkuList() {
		return Arrays.stream(pinnedSkus.split("[\\r\\n,]+"))
			.map(String::strip)
			.filter(sku -> !sku.isEmpty())
			.distinct()
			.toList();
	}

	/**
	 * The checked branding.
	 * @param knownSkus which of the pinned SKUs the store's catalog has
	 */
	Checked check(Set<String> knownSkus) {
		Map<String, String> errors = new LinkedHashMap<>();
		List<String> pins = pinnedSkuList();
		List<String> unknown = pins.stream().filter(sku -> !knownSkus.contains(sku)).toList();
		if (pins.size() > SuggestionChoice.MAX_PINS) {
			errors.put("pinnedSkus", "can pin at most " + SuggestionChoice.MAX_PINS + " products");
		}
		else if (!unknown.isEmpty()) {
			errors.put("pinnedSkus", "not in your catalog: " + String.join(", ", unknown));
		}
		List<PageLink> links = new ArrayList<>();
		for (int i = 0; i < PageBranding.MAX_HEADER_LINKS; i++) {
			String label = linkLabels.get(i).strip();
			String url = linkUrls.get(i).strip();
			if (label.isEmpty() && url.isEmpty()) {
				continue;
			}
			if (label.isEmpty() || label.length() > 40 || !SafeUrl.isHttps(url)) {
				errors.put("link" + i, "needs a label of up to 40 characters and an https:// URL");
			}
			links.add(new PageLink(label, url));
		}
		if (!bannerImageUrl.isBlank() && !StoreImage.isImageAddress(bannerImageUrl)) {
			errors.put("bannerImageUrl", "must be an https:// URL or an uploaded image");
		}
		checkHttps(bannerLinkUrl, "bannerLinkUrl", errors);
		Map<SocialNetwork, String> networks = new EnumMap<>(SocialNetwork.class);
		for (SocialNetwork network : SocialNetwork.values()) {
			String url = social.getOrDefault(network.key(), "").strip();
			if (!url.isEmpty() && !network.accepts(url)) {
				errors.put(network.key(), "must be an https:// link on " + network.label());
			}
			else if (!url.isEmpty()) {
				networks.put(network, url);
			}
		}
		Optional<String> css = CustomCss.clean(customCss);
		if (css.isEmpty()) {
			errors.put("customCss",
					"must be at most " + CustomCss.MAX_LENGTH + " characters of CSS with balanced braces and no \"<\"");
		}
		if (customHtml.length() > CustomHtml.MAX_LENGTH) {
			errors.put("customHtml", "must be at most " + CustomHtml.MAX_LENGTH + " characters");
		}
		PageBranding branding = new PageBranding(links, blankToNull(bannerImageUrl), blankToNull(bannerLinkUrl),
				networks, css.orElse(""),
				CustomHtml.sanitize(customHtml.length() > CustomHtml.MAX_LENGTH ? "" : customHtml),
				new SuggestionChoice(suggestionsShown,
						pins.stream().filter(knownSkus::contains).limit(SuggestionChoice.MAX_PINS).toList()));
		return new Checked(branding, errors);
	}

	/** The same form with an uploaded banner's address in place of what was typed. */
	TrackingPageForm withBanner(String address) {
		return new TrackingPageForm(linkLabels, linkUrls, address, bannerLinkUrl, social, customCss, customHtml,
				suggestionsShown, pinnedSkus);
	}

	private static void checkHttps(String url, String field, Map<String, String> errors) {
		if (!url.isBlank() && !SafeUrl.isHttps(url)) {
			errors.put(field, "must be an https:// URL");
		}
	}

	private static List<String> rows(@org.jspecify.annotations.Nullable List<String> values) {
		List<String> rows = new ArrayList<>(values == null ? List.of() : values);
		while (rows.size() < PageBranding.MAX_HEADER_LINKS) {
			rows.add("");
		}
		return List.copyOf(rows.subList(0, PageBranding.MAX_HEADER_LINKS));
	}

	private static String value(MultiValueMap<String, String> params, String name) {
		String value = params.getFirst(name);
		return value == null ? "" : value.strip();
	}

	private static String orEmpty(@org.jspecify.annotations.Nullable String value) {
		return value == null ? "" : value;
	}

	private static @org.jspecify.annotations.Nullable String blankToNull(String value) {
		return value.isBlank() ? null : value.strip();
	}

}
