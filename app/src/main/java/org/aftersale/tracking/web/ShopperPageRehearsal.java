package org.aftersale.tracking.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.aftersale.stores.ShopperText;
import org.aftersale.stores.Store;
import org.aftersale.tracking.page.PageBranding;
import org.aftersale.tracking.page.TrackingPages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Renders the shopper's look-up page and the not-found page with a branding before it is
 * saved, into a buffer nobody sees, so that a setting the page cannot show is refused to
 * the merchant who typed it rather than shown to every shopper as an error page.
 */
@Component
class ShopperPageRehearsal {

	private static final Logger log = LoggerFactory.getLogger(ShopperPageRehearsal.class);

	private final ViewResolver views;

	private final MessageSource messages;

	ShopperPageRehearsal(@Qualifier("thymeleafViewResolver") ViewResolver views, MessageSource messages) {
		this.views = views;
		this.messages = messages;
	}

	/** Whether every shopper page that carries the branding renders with it. */
	boolean renders(Store store, PageBranding branding, HttpServletRequest request, HttpServletResponse response) {
		Map<String, Object> model = Map.of("t", new ShopperText(messages, store.locale()), "look",
				TrackingPages.lookOf(store, branding), "languages", List.of(), "lookupPath", "/t/" + store.slug(),
				"number", "", "contact", "");
		for (String page : List.of("tracking/lookup", "tracking/not-found")) {
			try {
				View view = views.resolveViewName(page, Locale.ROOT);
				if (view == null) {
					throw new IllegalStateException("no view " + page);
				}
				view.render(model, request, new ContentCachingResponseWrapper(response));
			}
			catch (Exception ex) {
				log.warn("Refused a tracking-page branding of store {} that {} cannot render", store.id(), page, ex);
				return false;
			}
		}
		return true;
	}

}
