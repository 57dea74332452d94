package org.aftersale.stores;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The languages shopper-facing pages and messages speak and how one is chosen: the
 * shopper's explicit switch, then their browser's preference, then the store's language,
 * then English.
 */
public final class ShopperLanguage {

	/** In the order the switcher lists them. */
	public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.GERMAN,
			Locale.FRENCH, Locale.forLanguageTag("pt-BR"));

	private ShopperLanguage() {
	}

	public static Locale choose(@Nullable String lang, @Nullable String acceptLanguage, Locale storeLocale) {
		return supported(lang).or(() -> fromHeader(acceptLanguage))
			.or(() -> supported(storeLocale.toLanguageTag()))
			.orElse(Locale.ENGLISH);
	}

	/**
	 * The supported language a tag names, matching {@code pt}, {@code pt-BR},
	 * {@code DE}...
	 */
	public static Optional<Locale> supported(@Nullable String tag) {
		if (tag == null || tag.isBlank() || tag.length() > 35) {
			return Optional.empty();
		}
		String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
		return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst();
	}

	private static Optional<Locale> fromHeader(@Nullable String header) {
		if (header == null || header.isBlank()) {
			return Optional.empty();
		}
		try {
			for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
				Optional<Locale> match = supported(range.getRange().replace("*", ""));
				if (match.isPresent()) {
					return match;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// A malformed header is the browser's problem; fall back to the store
			// language.
		}
		return Optional.empty();
	}

}
