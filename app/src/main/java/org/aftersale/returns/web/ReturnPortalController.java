package org.aftersale.returns.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.aftersale.kernel.ConflictException;
import org.aftersale.kernel.FieldProblem;
import org.aftersale.kernel.Money;
import org.aftersale.kernel.NotFoundException;
import org.aftersale.orders.OrderId;
import org.aftersale.orders.OrderQueries;
import org.aftersale.platform.ClientAddress;
import org.aftersale.locations.LocationDirectory;
import org.aftersale.returns.LabelDesk;
import org.aftersale.returns.LabelFile;
import org.aftersale.returns.Return;
import org.aftersale.returns.ReturnDenied;
import org.aftersale.returns.ReturnDesk;
import org.aftersale.returns.ReturnLabel;
import org.aftersale.returns.ReturnPolicies;
import org.aftersale.returns.ReturnStatus;
import org.aftersale.returns.ReturnSubmission;
import org.aftersale.returns.ReturnableItem;
import org.aftersale.returns.policy.Outcome;
import org.aftersale.returns.policy.Resolution;
import org.aftersale.returns.policy.ReturnMethod;
import org.aftersale.returns.policy.ReturnPolicy;
import org.aftersale.stores.ShopperLanguage;
import org.aftersale.stores.ShopperText;
import org.aftersale.stores.Store;
import org.aftersale.stores.StoreDirectory;
import org.aftersale.tracking.TrackingLinks;
import org.aftersale.tracking.page.PageLook;
import org.aftersale.tracking.page.LookupLimits;
import org.aftersale.tracking.page.OrderLookup;
import org.aftersale.tracking.page.ShopperFrame;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

import org.springframework.web.servlet.View;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The shopper's returns portal ({@code /r/{storeSlug}}): look an order up (or arrive by
 * the signed link of the tracking page and e-mails), choose items, reasons and a
 * resolution, see exactly what comes back before submitting, and follow or cancel the
 * return. Every choice is decided again on the server under the published policy; the
 * look-up has the tracking page's limits, and a link opens only its own order.
 */
@Controller
@RequestMapping("/r/{slug}")
class ReturnPortalController {

	private final StoreDirectory stores;

	private final ShopperFrame frame;

	private final TrackingLinks links;

	private final OrderLookup lookup;

	private final LookupLimits limits;

	private final ClientAddress clientAddress;

	private final MessageSource messages;

	private final ReturnDesk desk;

	private final ReturnPolicies policies;

	private final OrderQueries orders;

	private final LabelDesk labels;

	private final PortalPages pages;

	private final LocationDirectory locations;

	ReturnPortalController(StoreDirectory stores, ShopperFrame frame, TrackingLinks links, OrderLookup lookup,
			LookupLimits limits, ClientAddress clientAddress, MessageSource messages, ReturnDesk desk,
			ReturnPolicies policies, OrderQueries orders, LabelDesk labels, PortalPages pages,
			LocationDirectory locations) {
		this.pages = pages;
		this.locations = locations;
		this.labels = labels;
		this.orders = orders;
		this.stores = stores;
		this.frame = frame;
		this.links = links;
		this.lookup = lookup;
		this.limits = limits;
		this.clientAddress = clientAddress;
		this.messages = messages;
		this.desk = desk;
		this.policies = policies;
	}

	@GetMapping
	String form(@PathVariable String slug, @RequestParam(required = false) @Nullable String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept, Model model,
			HttpServletResponse response) {
		Store store = store(slug);
		prepare(store, lang, accept, "/r/" + slug, model);
		model.addAttribute("number", "");
		return "returns/portal-lookup";
	}

	@PostMapping
	String lookUp(@PathVariable String slug, @RequestParam(defaultValue = "") String number,
			@RequestParam(defaultValue = "") String contact, @RequestParam(required = false) @Nullable String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Store store = store(slug);
		Locale language = prepare(store, lang, accept, "/r/" + slug, model);
		OptionalLong wait = limits.tryLookup(clientAddress.of(request), store.id(), number);
		if (wait.isPresent()) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.getAsLong()));
			model.addAttribute("retryAfter", wait.getAsLong());
			return "tracking/too-many";
		}
		Optional<OrderId> order = lookup.find(store.id(), number, contact);
		if (order.isPresent()) {
			String token = links.tokenFor(store.id(), order.get());
			return "redirect:/r/" + slug + "/o/" + token + (lang == null ? "" : "?lang=" + language.toLanguageTag());
		}
		model.addAttribute("number", number.length() > 64 ? "" : number);
		model.addAttribute("failed", true);
		return "returns/portal-lookup";
	}

	@GetMapping("/o/{token}")
	Object order(@PathVariable String slug, @PathVariable String token,
			@RequestParam(required = false) @Nullable String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept, Model model,
			HttpServletResponse response) throws Exception {
		Store store = store(slug);
		Locale language = prepare(store, lang, accept, "/r/" + slug + "/o/" + token, model);
		Optional<OrderId> order = linkedOrder(store, token, response);
		if (order.isEmpty()) {
			return "returns/portal-missing";
		}
		OrderId orderId = order.get();
		PortalPages.Key key = pages.key(store, orderId, token, language, lang, (PageLook) model.getAttribute("look"));
		View cached = pages.cached(key);
		if (cached != null) {
			return cached;
		}
		orderPage(store, token, orderId, language, Map.of(), List.of(), model);
		return pages.rendering(key, "returns/portal-order", language);
	}

	@PostMapping("/o/{token}/review")
	String review(@PathVariable String slug, @PathVariable String token, @RequestParam Map<String, String> form,
			@RequestParam(required = false) @Nullable String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept, Model model,
			HttpServletResponse response) {
		Store store = store(slug);
		Locale language = prepare(store, lang, accept, "/r/" + slug + "/o/" + token, model);
		Optional<OrderId> order = linkedOrder(store, token, response);
		if (order.isEmpty()) {
			return "returns/portal-missing";
		}
		ReturnSubmission submission = submission(order.get(), form);
		try {
			Return quoted = desk.quote(store.id(), submission);
			model.addAttribute("quote", quoted);
			model.addAttribute("money", money(quoted, language));
			model.addAttribute("form", form);
			model.addAttribute("token", token);
			// One return however often the shopper presses "Submit".
			model.addAttribute("requestKey", UUID.randomUUID().toString());
			return "returns/portal-review";
		}
		catch (ReturnDenied ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return orderPage(store, token, order.get(), language, form, ex.problems(), model);
		}
	}

	@PostMapping("/o/{token}/submit")
	String submit(@PathVariable String slug, @PathVariable String token, @RequestParam Map<String, String> form,
			@RequestParam(required = false) @Nullable String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept, Model model,
			HttpServletResponse response) {
		Store store = store(slug);
		Locale language = prepare(store, lang, accept, "/r/" + slug + "/o/" + token, model);
		Optional<OrderId> order = linkedOrder(store, token, response);
		if (order.isEmpty()) {
			return "returns/portal-missing";
		}
		try {
			Return created = desk.request(store.id(), submission(order.get(), form), "shopper");
			return "redirect:/r/" + slug + "/o/" + token + "/returns/" + created.id() + langQuery(lang, language);
		}
		catch (ReturnDenied ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return orderPage(store, token, order.get(), language, form, ex.problems(), model);
		}
	}

	@GetMapping("/o/{token}/returns/{id}")
	String status(@PathVariable String slug, @PathVariable String token, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept, Model model,
			HttpServletResponse response) {
		Store store = store(slug);
		Locale language = prepare(store, lang, accept, "/r/" + slug + "/o/" + token + "/returns/" + id, model);
		Optional<Return> found = ownReturn(store, token, id);
		if (found.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "returns/portal-missing";
		}
		model.addAttribute("ret", found.get());
		model.addAttribute("money", money(found.get(), language));
		model.addAttribute("token", token);
		model.addAttribute("cancellable",
				found.get().status() == ReturnStatus.PENDING_REVIEW || found.get().status() == ReturnStatus.APPROVED);
		model.addAttribute("labelled", LabelDesk.labelled(found.get().method()));
		if (found.get().method() == ReturnMethod.IN_STORE && found.get().status() == ReturnStatus.APPROVED) {
			model.addAttribute("counterCode",
					ReturnCode.svg(found.get().number(), "QR code of return " + found.get().number()));
			model.addAttribute("shops", locations.acceptingReturns(store.id()));
		}
		model.addAttribute("label", labels.of(store.id(), id).filter(ReturnLabel::usable).orElse(null));
		return "returns/portal-return";
	}

	/** The label the merchant uploaded for the shopper's own return. */
	@GetMapping("/o/{token}/returns/{id}/label")
	ResponseEntity<byte[]> label(@PathVariable String slug, @PathVariable String token, @PathVariable UUID id) {
		Store store = store(slug);
		Optional<LabelFile> file = ownReturn(store, token, id).flatMap(r -> labels.file(store.id(), id));
		if (file.isEmpty()) {
			throw new NotFoundException("label");
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.get().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("return-label").build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(file.get().content());
	}

	@PostMapping("/o/{token}/returns/{id}/cancel")
	String cancel(@PathVariable String slug, @PathVariable String token, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String lang, Model model, HttpServletResponse response) {
		Store store = store(slug);
		Optional<Return> found = ownReturn(store, token, id);
		if (found.isPresent() && (found.get().status() == ReturnStatus.PENDING_REVIEW
				|| found.get().status() == ReturnStatus.APPROVED)) {
			try {
				desk.cancel(store.id(), id, "shopper");
			}
			catch (ConflictException ex) {
				// The team moved it a moment before; the page shows where it is now.
			}
		}
		Locale language = ShopperLanguage.choose(lang, null, store.locale());
		return "redirect:/r/" + slug + "/o/" + token + "/returns/" + id + langQuery(lang, language);
	}

	private String orderPage(Store store, String token, OrderId orderId, Locale language, Map<String, String> form,
			List<FieldProblem> problems, Model model) {
		ReturnPolicy policy = policies.published(store.id());
		List<ReturnableItem> items = desk.returnable(store.id(), orderId);
		List<PortalItem> offered = new ArrayList<>();
		List<PortalItem> refused = new ArrayList<>();
		java.util.Set<Resolution> resolutions = java.util.EnumSet.noneOf(Resolution.class);
		for (ReturnableItem item : items) {
			PortalItem view = new PortalItem(item.line().lineId(), item.line().title(), item.line().variantTitle(),
					item.line().imageUrl(), item.quantityReturnable(),
					new Money(item.unitPaidMinor(), item.currency()).display(language),
					item.decision().returnableUntil(), item.decision().message());
			if (item.decision().outcome() == Outcome.DENY) {
				refused.add(view);
			}
			else {
				offered.add(view);
				resolutions.addAll(item.decision().resolutions());
			}
		}
		model.addAttribute("orderNumber", orders.numbersOf(store.id(), List.of(orderId)).getOrDefault(orderId, ""));
		model.addAttribute("offered", offered);
		model.addAttribute("refused", refused);
		model.addAttribute("reasons", policy.reasons());
		model.addAttribute("resolutions", resolutions.stream().map(Resolution::wireName).sorted().toList());
		model.addAttribute("earlier", desk.list(store.id(), orderId, null, null, 20).items());
		model.addAttribute("token", token);
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		return "returns/portal-order";
	}

	/** A line as the portal shows it. */
	record PortalItem(UUID lineId, String title, @Nullable String variant, @Nullable String imageUrl, long left,
			String unitPaid, java.time.@Nullable LocalDate until, @Nullable String why) {
	}

	private static ReturnSubmission submission(OrderId orderId, Map<String, String> form) {
		List<ReturnSubmission.Item> items = new ArrayList<>();
		for (Map.Entry<String, String> field : form.entrySet()) {
			if (!field.getKey().startsWith("qty-")) {
				continue;
			}
			long quantity = parse(field.getValue());
			if (quantity == 0) {
				continue;
			}
			String line = field.getKey().substring(4);
			UUID lineId;
			try {
				lineId = UUID.fromString(line);
			}
			catch (IllegalArgumentException ex) {
				continue;
			}
			String comment = form.getOrDefault("comment-" + line, "").strip();
			items.add(new ReturnSubmission.Item(lineId, quantity, blank(form.get("reason-" + line)), null,
					comment.isEmpty() ? null : comment, null));
		}
		String key = blank(form.get("requestKey"));
		return new ReturnSubmission(orderId, items, blank(form.get("resolution")), null,
				key == null || key.length() > 64 ? null : key);
	}

	private Map<String, String> money(Return r, Locale language) {
		Map<String, String> money = new java.util.LinkedHashMap<>();
		var a = r.amounts();
		money.put("items", new Money(a.itemsMinor(), r.currency()).display(language));
		money.put("discount", new Money(a.discountMinor(), r.currency()).display(language));
		money.put("tax", new Money(a.taxMinor(), r.currency()).display(language));
		money.put("fees", new Money(a.feesMinor(), r.currency()).display(language));
		money.put("refund", new Money(a.refundMinor(), r.currency()).display(language));
		money.put("credit", new Money(a.creditMinor(), r.currency()).display(language));
		r.items()
			.forEach(i -> money.put("item-" + i.lineId(), new Money(i.refundMinor(), r.currency()).display(language)));
		return money;
	}

	// The order a valid link opens; for any other, the page answers 404.
	private Optional<OrderId> linkedOrder(Store store, String token, HttpServletResponse response) {
		Optional<OrderId> order = links.verify(store.id(), token);
		if (order.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
		}
		return order;
	}

	private Optional<Return> ownReturn(Store store, String token, UUID id) {
		Optional<OrderId> order = links.verify(store.id(), token);
		if (order.isEmpty()) {
			return Optional.empty();
		}
		try {
			Return found = desk.get(store.id(), id);
			return found.orderId().equals(order.get()) ? Optional.of(found) : Optional.empty();
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	private Store store(String slug) {
		return stores.findBySlug(slug).orElseThrow(() -> new NotFoundException("store"));
	}

	// An unknown store, or an order or return gone from under a valid link.
	@ExceptionHandler(NotFoundException.class)
	String missing(@Nullable @RequestParam(required = false) String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept, Model model,
			HttpServletResponse response) {
		Locale language = ShopperLanguage.choose(lang, accept, Locale.ENGLISH);
		model.addAttribute("t", new ShopperText(messages, language));
		model.addAttribute("look", null);
		model.addAttribute("languages", List.of());
		model.addAttribute("lookupPath", "/");
		response.setStatus(HttpStatus.NOT_FOUND.value());
		return "returns/portal-missing";
	}

	private Locale prepare(Store store, @Nullable String lang, @Nullable String accept, String path, Model model) {
		model.addAttribute("slug", store.slug());
		return frame.prepare(store, lang, accept, path, "/r/" + store.slug(), model);
	}

	private static String langQuery(@Nullable String lang, Locale language) {
		return lang == null ? "" : "?lang=" + language.toLanguageTag();
	}

	private static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static long parse(@Nullable String value) {
		try {
			return value == null || value.isBlank() ? 0 : Long.parseLong(value.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
