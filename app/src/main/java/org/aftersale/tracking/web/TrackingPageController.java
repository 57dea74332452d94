package org.aftersale.tracking.web;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.aftersale.orders.OrderId;
import org.aftersale.platform.ClientAddress;
import org.aftersale.stores.Store;
import org.aftersale.stores.StoreDirectory;
import org.aftersale.tracking.TrackingLinks;
import org.aftersale.tracking.page.LookupLimits;
import org.aftersale.tracking.page.OrderLookup;
import org.aftersale.tracking.page.ShopperFrame;
import org.aftersale.tracking.page.TrackingPages;
import org.aftersale.tracking.page.TrackingView;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The shopper's tracking page of a store: the look-up form, the look-up itself and the
 * order's page behind a signed link. Anything that does not lead to one of the store's
 * orders gets the same friendly "not found", whatever the reason.
 */
@Controller
@RequestMapping("/t/{slug}")
class TrackingPageController {

	private final StoreDirectory stores;

	private final TrackingPages pages;

	private final TrackingLinks links;

	private final OrderLookup lookup;

	private final LookupLimits limits;

	private final ShopperFrame frame;

	private final RenderedOrderPages rendered;

	private final ClientAddress clientAddress;

	private final ShopperNotFound notFound;

	TrackingPageController(StoreDirectory stores, TrackingPages pages, TrackingLinks links, OrderLookup lookup,
			LookupLimits limits, ShopperFrame frame, RenderedOrderPages rendered, ClientAddress clientAddress,
			ShopperNotFound notFound) {
		this.notFound = notFound;
		this.rendered = rendered;
		this.clientAddress = clientAddress;
		this.stores = stores;
		this.pages = pages;
		this.links = links;
		this.lookup = lookup;
		this.limits = limits;
		this.frame = frame;
	}

	@GetMapping
	String form(@PathVariable String slug, @RequestParam(required = false) @Nullable String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept, Model model,
			HttpServletResponse response) {
		Optional<Store> store = stores.findBySlug(slug);
		if (store.isEmpty()) {
			return notFound(null, lang, accept, model, response);
		}
		prepare(store.get(), lang, accept, "/t/" + slug, model);
		model.addAttribute("number", "");
		model.addAttribute("contact", "");
		return "tracking/lookup";
	}

	@PostMapping
	String lookUp(@PathVariable String slug, @RequestParam(defaultValue = "") String number,
			@RequestParam(defaultValue = "") String contact, @RequestParam(required = false) @Nullable String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Optional<Store> found = stores.findBySlug(slug);
		if (found.isEmpty()) {
			return notFound(null, lang, accept, model, response);
		}
		Store store = found.get();
		Locale language = prepare(store, lang, accept, "/t/" + slug, model);
		OptionalLong wait = limits.tryLookup(clientAddress.of(request), store.id(), number);
		if (wait.isPresent()) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.getAsLong()));
			model.addAttribute("retryAfter", wait.getAsLong());
			return "tracking/too-many";
		}
		Optional<OrderId> order = lookup.find(store.id(), number, contact);
		if (order.isPresent()) {
			String path = links.pathFor(store.id(), slug, order.get());
			return "redirect:" + path + (lang == null ? "" : "?lang=" + language.toLanguageTag());
		}
		model.addAttribute("number", number.length() > 64 ? "" : number);
		model.addAttribute("contact", "");
		model.addAttribute("failed", true);
		return "tracking/lookup";
	}

	@GetMapping("/o/{token}")
	ModelAndView order(@PathVariable String slug, @PathVariable String token,
			@RequestParam(required = false) @Nullable String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept, Model model,
			HttpServletResponse response) throws Exception {
		Optional<Store> store = stores.findBySlug(slug);
		if (store.isEmpty()) {
			return new ModelAndView(notFound(null, lang, accept, model, response));
		}
		Locale language = prepare(store.get(), lang, accept, TrackingLinks.path(slug, token), model);
		Optional<TrackingView> view = links.verify(store.get().id(), token)
			.flatMap(orderId -> pages.view(store.get(), orderId, language));
		if (view.isEmpty()) {
			return new ModelAndView(notFound(store.get(), lang, accept, model, response));
		}
		model.addAttribute("view", view.get());
		// The same signed token opens the order's returns portal.
		model.addAttribute("returnsPath", "/r/" + slug + "/o/" + token);
		model.addAttribute("look", view.get().look());
		// The language links carry the token and the explicit choice, so both are part of
		// the variant.
		String variant = token + "|" + (lang == null ? "" : "chosen") + "|" + language.toLanguageTag();
		return new ModelAndView(rendered.of(view.get(), variant, "tracking/order", language));
	}

	private Locale prepare(Store store, @Nullable String lang, @Nullable String accept, String path, Model model) {
		return frame.prepare(store, lang, accept, path, "/t/" + store.slug(), model);
	}

	private String notFound(@Nullable Store store, @Nullable String lang, @Nullable String accept, Model model,
			HttpServletResponse response) {
		return notFound.page(store, lang, accept, model, response);
	}

}
