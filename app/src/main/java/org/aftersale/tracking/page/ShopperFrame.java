package org.aftersale.tracking.page;

import java.util.Locale;

import org.aftersale.stores.LanguageLink;
import org.aftersale.stores.ShopperLanguage;
import org.aftersale.stores.ShopperText;
import org.aftersale.stores.Store;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The model of the frame every shopper page of a store shares ({@code tracking/shell}):
 * texts in the shopper's language, the store's look, the language links, and where the
 * store's name leads.
 */
@Component
@NamedInterface("shopper-pages")
public class ShopperFrame {

	private final MessageSource messages;

	private final TrackingPages pages;

	ShopperFrame(MessageSource messages, TrackingPages pages) {
		this.messages = messages;
		this.pages = pages;
	}

	/**
	 * @param path this page, for its language links
	 * @param homePath where the store's name leads: the page's look-up
	 * @return the language chosen for the shopper
	 */
	public Locale prepare(Store store, @Nullable String lang, @Nullable String accept, String path, String homePath,
			Model model) {
		Locale language = ShopperLanguage.choose(lang, accept, store.locale());
		model.addAttribute("t", new ShopperText(messages, language));
		model.addAttribute("look", pages.look(store));
		model.addAttribute("languages", LanguageLink.all(path, language));
		model.addAttribute("lookupPath", homePath);
		model.addAttribute("lang", lang == null ? null : language.toLanguageTag());
		return language;
	}

}
