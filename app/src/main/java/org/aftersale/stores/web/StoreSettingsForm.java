package org.aftersale.stores.web;

import java.util.Arrays;
import java.util.List;

import org.aftersale.stores.BrandFont;
import org.aftersale.stores.BrandPalette;
import org.aftersale.stores.Store;
import org.aftersale.stores.StoreImage;
import org.aftersale.stores.StoreSettingsChange;

/**
 * The store settings form as typed; blanks stay blank so that validation, not a
 * NullPointerException, answers. Public only so that the template's expressions can read
 * it.
 */
public record StoreSettingsForm(String name, String timezone, String currency, String locale, String logoUrl,
		String brandColor, String accentColor, String font, String storefrontUrl) {

	public StoreSettingsForm {
		name = blankIfNull(name);
		timezone = blankIfNull(timezone);
		currency = blankIfNull(currency).strip();
		locale = blankIfNull(locale);
		logoUrl = blankIfNull(logoUrl).strip();
		brandColor = blankIfNull(brandColor).strip();
		accentColor = blankIfNull(accentColor).strip();
		font = blankIfNull(font);
		storefrontUrl = blankIfNull(storefrontUrl).strip();
	}

	static StoreSettingsForm of(Store store) {
		return new StoreSettingsForm(store.name(), store.timezone(), store.currency().getCurrencyCode(),
				store.localeTag(), store.logoUrl(), store.brandColor(), store.accentColor(), store.font().name(),
				store.storefrontUrl());
	}

	StoreSettingsChange toChange() {
		return new StoreSettingsChange(name, timezone, currency, locale, logoUrl.isEmpty() ? null : logoUrl, brandColor,
				accentColor,
				Arrays.stream(BrandFont.values())
					.filter(choice -> choice.name().equals(font))
					.findFirst()
					.orElse(BrandFont.SYSTEM),
				storefrontUrl.isEmpty() ? null : storefrontUrl);
	}

	/** The same form with an uploaded logo's address in place of what was typed. */
	StoreSettingsForm withLogo(String address) {
		return new StoreSettingsForm(name, timezone, currency, locale, address, brandColor, accentColor, font,
				storefrontUrl);
	}

	public boolean hasLogo() {
		return StoreImage.isImageAddress(logoUrl);
	}

	/**
	 * The contrast warnings for the colours as typed, so the merchant sees them before
	 * and after saving; none while a colour is not yet valid.
	 */
	public List<String> contrastWarnings() {
		try {
			return new BrandPalette(brandColor, accentColor).warnings();
		}
		catch (IllegalArgumentException ex) {
			return List.of();
		}
	}

	private static String blankIfNull(String value) {
		return value == null ? "" : value;
	}

}
