package org.aftersale.tracking.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.aftersale.stores.ShopperLanguage;
import org.aftersale.stores.ShopperText;
import org.aftersale.stores.Store;
import org.aftersale.stores.StoreDirectory;
import org.aftersale.tracking.page.TrackingPages;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The shopper's "not found" page, whatever the reason: in the store's look when the store
 * is known, and leading to a look-up where there is a store to look in.
 */
@Component
class ShopperNotFound {

	private final StoreDirectory stores;

	private final TrackingPages pages;

	private final MessageSource messages;

	ShopperNotFound(StoreDirectory stores, TrackingPages pages, MessageSource messages) {
		this.stores = stores;
		this.pages = pages;
		this.messages = messages;
	}

	String page(@Nullable Store store, @Nullable String lang, @Nullable String accept, Model model,
			HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		prepare(store, lang, accept, model);
		return "tracking/not-found";
	}

	/**
	 * The model of a shopper page without an order: texts in the shopper's language, the
	 * store's look, and the look-up to offer.
	 */
	void prepare(@Nullable Store store, @Nullable String lang, @Nullable String accept, Model model) {
		Locale language = ShopperLanguage.choose(lang, accept, store == null ? Locale.ENGLISH : store.locale());
		model.addAttribute("t", new ShopperText(messages, language));
		model.addAttribute("look", store == null ? null : pages.look(store));
		model.addAttribute("languages", List.of());
		// A mistyped store in a link still leads somewhere useful where there is only one
		// store to mean.
		Store lookIn = store != null ? store : stores.onlyStore().orElse(null);
		model.addAttribute("lookupPath", lookIn == null ? null : "/t/" + lookIn.slug());
	}

}
