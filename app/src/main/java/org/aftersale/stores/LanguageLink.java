package org.aftersale.stores;

import java.util.List;
import java.util.Locale;

/**
 * An entry of the page's language switcher: the language's own name (a German reader
 * looks for "Deutsch", not "German") and the same page in it.
 */
public record LanguageLink(String tag, String name, String href, boolean current) {

	/** Every supported language, linking to {@code path} in it. */
	public static List<LanguageLink> all(String path, Locale current) {
		return ShopperLanguage.SUPPORTED.stream()
			.map(locale -> new LanguageLink(locale.toLanguageTag(), name(locale),
					path + "?lang=" + locale.toLanguageTag(), locale.equals(current)))
			.toList();
	}

	private static String name(Locale locale) {
		String name = locale.getDisplayLanguage(locale);
		String capitalized = name.substring(0, 1).toUpperCase(locale) + name.substring(1);
		return locale.getCountry().isEmpty() ? capitalized
				: capitalized + " (" + locale.getDisplayCountry(locale) + ")";
	}

}
