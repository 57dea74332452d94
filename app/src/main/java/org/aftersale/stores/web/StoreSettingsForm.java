package org.aftersale.stores.web;

import org.aftersale.stores.Store;
import org.aftersale.stores.StoreSettingsChange;

/**
 * The store settings form as typed; blanks stay blank so that validation, not a
 * NullPointerException, answers. Public only so that the template's expressions can read
 * it.
 */
public record StoreSettingsForm(String name, String timezone, String currency, String locale, String logoUrl,
		String brandColor, String accentColor) {

	public StoreSettingsForm {
		name = blankIfNull(name);
		timezone = blankIfNull(timezone);
		currency = blankIfNull(currency).strip();
		locale = blankIfNull(locale);
		logoUrl = blankIfNull(logoUrl).strip();
		brandColor = blankIfNull(brandColor).strip();
		accentColor = blankIfNull(accentColor).strip();
	}

	static StoreSettingsForm of(Store store) {
		return new StoreSettingsForm(store.name(), store.timezone(), store.currency().getCurrencyCode(),
				store.localeTag(), store.logoUrl(), store.brandColor(), store.accentColor());
	}

	StoreSettingsChange toChange() {
		return new StoreSettingsChange(name, timezone, currency, locale, logoUrl.isEmpty() ? null : logoUrl, brandColor,
				accentColor);
	}

	public boolean hasHttpLogo() {
		return logoUrl.startsWith("https://") || logoUrl.startsWith("http://");
	}

	private static String blankIfNull(String value) {
		return value == null ? "" : value;
	}

}
