package org.aftersale.webhooks.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aftersale.kernel.FieldProblem;
import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.StoreId;
import org.aftersale.platform.AdminController;
import org.aftersale.platform.NavItem;
import org.aftersale.stores.StoreDirectory;
import org.aftersale.webhooks.DeliveryId;
import org.aftersale.webhooks.DeliveryLog;
import org.aftersale.webhooks.NewSecret;
import org.aftersale.webhooks.Subscription;
import org.aftersale.webhooks.SubscriptionChange;
import org.aftersale.webhooks.SubscriptionDesk;
import org.aftersale.webhooks.SubscriptionId;
import org.aftersale.webhooks.WebhookEventType;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings › Webhooks: subscriptions, their delivery log and "Resend". Admins only, as
 * the payloads carry shoppers' data. A new or rotated secret travels to the page once, as
 * a flash attribute, so reloading never shows it again.
 */
@AdminController
@RequestMapping("/admin/webhooks")
@PreAuthorize("hasRole('ADMIN')")
class WebhookAdminController {

	private static final String DEFAULT_EVENTS = "order.*, shipment.*";

	private final SubscriptionDesk desk;

	private final DeliveryLog log;

	private final StoreDirectory stores;

	WebhookAdminController(SubscriptionDesk desk, DeliveryLog log, StoreDirectory stores) {
		this.desk = desk;
		this.log = log;
		this.stores = stores;
	}

	@Bean
	static NavItem webhooksNavItem() {
		return new NavItem("Settings", "Webhooks", "/admin/webhooks", 115, "ROLE_ADMIN");
	}

	@GetMapping
	String list(StoreId storeId, Model model) {
		return listPage(storeId, "", DEFAULT_EVENTS, "", Map.of(), model);
	}

	@PostMapping
	String create(StoreId storeId, @RequestParam(defaultValue = "") String url,
			@RequestParam(defaultValue = "") String events, @RequestParam(defaultValue = "") String description,
			Model model, RedirectAttributes redirect) {
		NewSecret created;
		try {
			created = desk.subscribe(storeId, new SubscriptionChange(url, patterns(events), description, true));
		}
		catch (InvalidInputException ex) {
			return listPage(storeId, url, events, description, errors(ex), model);
		}
		redirect.addFlashAttribute("secret", created.secret());
		redirect.addFlashAttribute("flash", "The webhook was created.");
		return "redirect:/admin/webhooks/" + created.subscription().id();
	}

	@GetMapping("/{id}")
	String show(StoreId storeId, @PathVariable UUID id, @RequestParam(required = false) @Nullable String cursor,
			Model model) {
		Subscription subscription = desk.get(storeId, new SubscriptionId(id));
		return subscriptionPage(storeId, subscription, subscription.url(), String.join(", ", subscription.events()),
				(subscription.description() != null) ? subscription.description() : "", subscription.active(), cursor,
				Map.of(), model);
	}

	@PostMapping("/{id}")
	String update(StoreId storeId, @PathVariable UUID id, @RequestParam(defaultValue = "") String url,
			@RequestParam(defaultValue = "") String events, @RequestParam(defaultValue = "") String description,
			@RequestParam(defaultValue = "false") boolean active, Model model, RedirectAttributes redirect) {
		SubscriptionId subscriptionId = new SubscriptionId(id);
		try {
			desk.change(storeId, subscriptionId, new SubscriptionChange(url, patterns(events), description, active));
		}
		catch (InvalidInputException ex) {
			return subscriptionPage(storeId, desk.get(storeId, subscriptionId), url, events, description, active, null,
					errors(ex), model);
		}
		redirect.addFlashAttribute("flash", "Saved.");
		return "redirect:/admin/webhooks/" + id;
	}

	@PostMapping("/{id}/rotate-secret")
	String rotate(StoreId storeId, @PathVariable UUID id, RedirectAttributes redirect) {
		NewSecret rotated = desk.rotateSecret(storeId, new SubscriptionId(id));
		redirect.addFlashAttribute("secret", rotated.secret());
		redirect.addFlashAttribute("flash", "The signing secret was replaced; the old one no longer verifies.");
		return "redirect:/admin/webhooks/" + id;
	}

	@PostMapping("/{id}/delete")
	String delete(StoreId storeId, @PathVariable UUID id, RedirectAttributes redirect) {
		desk.unsubscribe(storeId, new SubscriptionId(id));
		redirect.addFlashAttribute("flash", "The webhook and its delivery log were deleted.");
		return "redirect:/admin/webhooks";
	}

	@GetMapping("/{id}/deliveries/{deliveryId}")
	String delivery(StoreId storeId, @PathVariable UUID id, @PathVariable UUID deliveryId, Model model) {
		Subscription subscription = desk.get(storeId, new SubscriptionId(id));
		DeliveryId delivery = new DeliveryId(deliveryId);
		model.addAttribute("subscription", subscription);
		model.addAttribute("delivery", log.get(storeId, delivery));
		model.addAttribute("attempts", log.attempts(storeId, delivery));
		model.addAttribute("zone", stores.get(storeId).zone());
		return "webhooks/admin-delivery";
	}

	@PostMapping("/{id}/deliveries/{deliveryId}/resend")
	String resend(StoreId storeId, @PathVariable UUID id, @PathVariable UUID deliveryId, RedirectAttributes redirect) {
		desk.get(storeId, new SubscriptionId(id));
		log.resend(storeId, new DeliveryId(deliveryId));
		redirect.addFlashAttribute("flash", "The delivery is queued to be sent again.");
		return "redirect:/admin/webhooks/" + id;
	}

	private String listPage(StoreId storeId, String url, String events, String description, Map<String, String> errors,
			Model model) {
		model.addAttribute("subscriptions", desk.list(storeId));
		model.addAttribute("url", url);
		model.addAttribute("events", events);
		model.addAttribute("description", description);
		model.addAttribute("errors", errors);
		model.addAttribute("eventNames", WebhookEventType.wireNames());
		model.addAttribute("zone", stores.get(storeId).zone());
		return "webhooks/admin-list";
	}

	private String subscriptionPage(StoreId storeId, Subscription subscription, String url, String events,
			String description, boolean active, @Nullable String cursor, Map<String, String> errors, Model model) {
		model.addAttribute("subscription", subscription);
		model.addAttribute("url", url);
		model.addAttribute("events", events);
		model.addAttribute("description", description);
		model.addAttribute("active", active);
		model.addAttribute("errors", errors);
		model.addAttribute("eventNames", WebhookEventType.wireNames());
		model.addAttribute("page", log.page(storeId, subscription.id(), cursor, 50));
		model.addAttribute("paged", cursor != null && !cursor.isBlank());
		model.addAttribute("zone", stores.get(storeId).zone());
		return "webhooks/admin-subscription";
	}

	private static List<String> patterns(String events) {
		return Arrays.stream(events.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
	}

	// Pattern problems arrive as events[i]; the form has one events field.
	private static Map<String, String> errors(InvalidInputException ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldProblem problem : ex.problems()) {
			String field = problem.field().startsWith("events") ? "events" : problem.field();
			errors.putIfAbsent(field, problem.message());
		}
		return errors;
	}

}
