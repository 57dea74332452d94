package org.aftersale.tracking.web;

import java.util.Optional;
import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.aftersale.platform.ClientAddress;
import org.aftersale.stores.Store;
import org.aftersale.stores.StoreDirectory;
import org.aftersale.tracking.ShortLinks;
import org.aftersale.tracking.TrackingLinks;
import org.aftersale.tracking.page.LookupLimits;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Follows the short link of a text to the order's page, by way of a freshly signed link.
 * Codes that lead nowhere count against the caller's address as failed look-ups do, so
 * guessing codes is as slow as guessing orders; a shopper following their own link is
 * never counted.
 */
@Controller
class ShortLinkController {

	private final ShortLinks shortLinks;

	private final TrackingLinks links;

	private final StoreDirectory stores;

	private final LookupLimits limits;

	private final ClientAddress clientAddress;

	private final ShopperNotFound notFound;

	ShortLinkController(ShortLinks shortLinks, TrackingLinks links, StoreDirectory stores, LookupLimits limits,
			ClientAddress clientAddress, ShopperNotFound notFound) {
		this.shortLinks = shortLinks;
		this.links = links;
		this.stores = stores;
		this.limits = limits;
		this.clientAddress = clientAddress;
		this.notFound = notFound;
	}

	@GetMapping(ShortLinks.PREFIX + "{code}")
	String follow(@PathVariable String code,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		String address = clientAddress.of(request);
		OptionalLong wait = limits.shortLinkWait(address);
		if (wait.isPresent()) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.getAsLong()));
			notFound.prepare(null, null, accept, model);
			model.addAttribute("retryAfter", wait.getAsLong());
			return "tracking/too-many";
		}
		Optional<ShortLinks.Target> target = shortLinks.resolve(code);
		Optional<Store> store = target.map(t -> stores.get(t.storeId()));
		if (target.isPresent() && store.isPresent() && !target.get().expired()) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			return "redirect:" + links.pathFor(store.get().id(), store.get().slug(), target.get().orderId());
		}
		if (target.isEmpty()) {
			limits.missedShortLink(address);
		}
		return notFound.page(store.orElse(null), null, accept, model, response);
	}

}
