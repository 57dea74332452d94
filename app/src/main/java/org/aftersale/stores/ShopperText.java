package org.aftersale.stores;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * A shopper page's texts in the language chosen for this shopper. The page passes its own
 * language instead of relying on the request's locale resolver, which serves the admin.
 */
public final class ShopperText {

	private final MessageSource messages;

	private final Locale locale;

	public ShopperText(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	public String get(String key, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	public Locale locale() {
		return locale;
	}

	/** The {@code lang} attribute value, e.g. {@code pt-BR}. */
	public String tag() {
		return locale.toLanguageTag();
	}

}
