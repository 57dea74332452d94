package org.aftersale.notifications.web;

import java.util.Locale;
import java.util.Optional;

import org.aftersale.notifications.Channel;
import org.aftersale.notifications.Suppressions;
import org.aftersale.notifications.UnsubscribeLinks;
import org.aftersale.stores.Store;
import org.aftersale.stores.StoreDirectory;
import org.aftersale.stores.ShopperLanguage;
import org.aftersale.stores.ShopperText;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The shopper's unsubscribe page behind the signed link of every marketing e-mail, and
 * the RFC 8058 one-click endpoint mail clients POST to. One click stops marketing; the
 * page also lets the shopper stop order updates by e-mail altogether. No login: the
 * signed token is the proof, so the POST needs no CSRF token (a mail client cannot have
 * one).
 */
@Controller
class UnsubscribeController {

	private final StoreDirectory stores;

	private final UnsubscribeLinks links;

	private final Suppressions suppressions;

	private final MessageSource messages;

	UnsubscribeController(StoreDirectory stores, UnsubscribeLinks links, Suppressions suppressions,
			MessageSource messages) {
		this.stores = stores;
		this.links = links;
		this.suppressions = suppressions;
		this.messages = messages;
	}

	@GetMapping("/n/{slug}/unsubscribe/{token}")
	String page(@PathVariable String slug, @PathVariable String token,
			@RequestHeader(name = "Accept-Language", required = false) @Nullable String acceptLanguage, Model model) {
		Optional<Subscription> subscription = subscription(slug, token);
		if (subscription.isEmpty()) {
			model.addAttribute("t",
					new ShopperText(messages, ShopperLanguage.choose(null, acceptLanguage, Locale.ENGLISH)));
			return "notifications/unsubscribe-invalid";
		}
		Store store = subscription.get().store();
		model.addAttribute("store", store);
		model.addAttribute("t",
				new ShopperText(messages, ShopperLanguage.choose(null, acceptLanguage, store.locale())));
		model.addAttribute("done", false);
		return "notifications/unsubscribe";
	}

	/**
	 * The page's form ({@code scope=marketing|all}) and the one-click POST (body
	 * {@code List-Unsubscribe=One-Click}, which stops marketing).
	 */
	@PostMapping("/n/{slug}/unsubscribe/{token}")
	String unsubscribe(@PathVariable String slug, @PathVariable String token,
			@RequestParam(name = "scope", required = false) @Nullable String scope,
			@RequestHeader(name = "Accept-Language", required = false) @Nullable String acceptLanguage, Model model) {
		Optional<Subscription> subscription = subscription(slug, token);
		if (subscription.isEmpty()) {
			model.addAttribute("t",
					new ShopperText(messages, ShopperLanguage.choose(null, acceptLanguage, Locale.ENGLISH)));
			return "notifications/unsubscribe-invalid";
		}
		UnsubscribeLinks.Subscriber subscriber = subscription.get().subscriber();
		Suppressions.Scope stops = "all".equals(scope) ? Suppressions.Scope.ALL : Suppressions.Scope.MARKETING;
		suppressions.add(subscriber.storeId(), subscriber.channel(), subscriber.address(), stops,
				Suppressions.Reason.UNSUBSCRIBE, scope == null ? "one-click" : "unsubscribe page");
		Store store = subscription.get().store();
		model.addAttribute("store", store);
		model.addAttribute("t",
				new ShopperText(messages, ShopperLanguage.choose(null, acceptLanguage, store.locale())));
		model.addAttribute("done", true);
		model.addAttribute("scope", stops.wireName());
		return "notifications/unsubscribe";
	}

	@PostMapping(path = "/n/{slug}/unsubscribe/{token}", params = "List-Unsubscribe")
	@ResponseBody
	ResponseEntity<String> oneClick(@PathVariable String slug, @PathVariable String token,
			@RequestParam("List-Unsubscribe") String oneClick) {
		if (!"One-Click".equals(oneClick)) {
			return ResponseEntity.badRequest().body("List-Unsubscribe must be One-Click");
		}
		Optional<Subscription> subscription = subscription(slug, token);
		if (subscription.isEmpty()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).body("unknown link");
		}
		UnsubscribeLinks.Subscriber subscriber = subscription.get().subscriber();
		suppressions.add(subscriber.storeId(), subscriber.channel(), subscriber.address(), Suppressions.Scope.MARKETING,
				Suppressions.Reason.UNSUBSCRIBE, "one-click (RFC 8058)");
		return ResponseEntity.ok("unsubscribed");
	}

	private Optional<Subscription> subscription(String slug, String token) {
		return stores.findBySlug(slug)
			.flatMap(store -> links.read(store.id(), token)
				.filter(s -> s.channel() == Channel.EMAIL)
				.map(subscriber -> new Subscription(store, subscriber)));
	}

	private record Subscription(Store store, UnsubscribeLinks.Subscriber subscriber) {
	}

}
