package org.aftersale.notifications.templates;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The languages messages come in (those of the tracking page) and which one a shopper
 * gets: their own when we speak it, else the store's, else English.
 */
public final class TemplateLanguage {

	/** In the order the admin lists them. */
	public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.GERMAN,
			Locale.FRENCH, Locale.forLanguageTag("pt-BR"));

	private TemplateLanguage() {
	}

	public static Locale choose(@Nullable Locale shopper, Locale store) {
		return supported(shopper == null ? null : shopper.toLanguageTag()).or(() -> supported(store.toLanguageTag()))
			.orElse(Locale.ENGLISH);
	}

	/** The supported language a tag names: {@code pt}, {@code pt-BR}, {@code DE}... */
	public static Optional<Locale> supported(@Nullable String tag) {
		if (tag == null || tag.isBlank() || tag.length() > 35) {
			return Optional.empty();
		}
		String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
		return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst();
	}

	public static String label(Locale locale) {
		return locale.getDisplayName(locale).substring(0, 1).toUpperCase(locale)
				+ locale.getDisplayName(locale).substring(1);
	}

}
