package org.aftersale.notifications.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.StoreId;
import org.aftersale.notifications.Channel;
import org.aftersale.notifications.Message;
import org.aftersale.notifications.MessageStatistics;
import org.aftersale.notifications.MessageStatus;
import org.aftersale.notifications.ManualResends;
import org.aftersale.notifications.Messages;
import org.aftersale.notifications.Suppressions;
import org.aftersale.notifications.Trigger;
import org.aftersale.orders.OrderId;
import org.aftersale.orders.OrderQueries;
import org.aftersale.platform.AdminController;
import org.aftersale.stores.StaffPrincipal;
import org.aftersale.stores.StoreDirectory;
import org.aftersale.stores.StoreRole;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Operations › Notifications: how many messages went out and how many did not, the volume
 * per day, the log filtered by status, trigger and channel (failures first, with a Retry
 * for agents), one message with its attempts, and the newest suppressions. Times and days
 * are the store's.
 */
@AdminController
@PreAuthorize("hasRole('ANALYST')")
class MessageLogController {

	static final int PAGE_SIZE = 25;

	static final int CHART_DAYS = 30;

	/**
	 * The filter value that lists every message given up: failed, bounced, unconfirmed.
	 */
	static final String FAILURES = "failures";

	static final String ANY = "any";

	private final MessageStatistics statistics;

	private final Messages messages;

	private final Suppressions suppressions;

	private final OrderQueries orders;

	private final StoreDirectory stores;

	private final JsonMapper json;

	private final Clock clock;

	private final ManualResends resends;

	MessageLogController(MessageStatistics statistics, Messages messages, Suppressions suppressions,
			OrderQueries orders, StoreDirectory stores, JsonMapper json, Clock clock, ManualResends resends) {
		this.resends = resends;
		this.statistics = statistics;
		this.messages = messages;
		this.suppressions = suppressions;
		this.orders = orders;
		this.stores = stores;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping("/admin/notifications")
	String overview(@AuthenticationPrincipal StaffPrincipal staff, StoreId storeId,
			@RequestParam(defaultValue = FAILURES) String status, @RequestParam(defaultValue = "") String trigger,
			@RequestParam(defaultValue = "") String channel, @RequestParam(required = false) @Nullable String cursor,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String restore,
			Model model) {
		ZoneId zone = stores.get(storeId).zone();
		results(storeId, status, trigger, channel, cursor, model);
		model.addAttribute("zone", zone);
		model.addAttribute("canRetry", staff != null && staff.can(StoreRole.AGENT));
		boolean fragment = "true".equals(htmx) && !"true".equals(restore);
		if (fragment) {
			return "notifications/messages :: results";
		}
		Instant now = clock.instant();
		model.addAttribute("week", statistics.counts(storeId, now.minus(Duration.ofDays(7))));
		model.addAttribute("month", statistics.counts(storeId, now.minus(Duration.ofDays(30))));
		LocalDate today = LocalDate.ofInstant(now, zone);
		LocalDate first = today.minusDays(CHART_DAYS - 1);
		List<MessageStatistics.DailyVolume> volumes = statistics.daily(storeId, zone,
				first.atStartOfDay(zone).toInstant());
		model.addAttribute("volumes", volumes);
		model.addAttribute("chart", json.writeValueAsString(MessageLogChart.of(volumes, first, CHART_DAYS)));
		model.addAttribute("suppressions", suppressions.newest(storeId, 10));
		model.addAttribute("statuses", MessageStatus.values());
		model.addAttribute("triggers", Trigger.values());
		model.addAttribute("channels", Channel.values());
		return "notifications/messages";
	}

	private void results(StoreId storeId, String status, String trigger, String channel, @Nullable String cursor,
			Model model) {
		Set<MessageStatus> wanted = switch (status) {
			case FAILURES -> MessageStatistics.FAILURES;
			case ANY -> Set.of();
			default -> MessageStatus.fromWireName(status).map(Set::of).orElse(MessageStatistics.FAILURES);
		};
		String shownStatus = wanted.size() == 1 ? wanted.iterator().next().wireName()
				: wanted.isEmpty() ? ANY : FAILURES;
		Trigger wantedTrigger = trigger.isBlank() ? null : Trigger.fromWireName(trigger).orElse(null);
		Channel wantedChannel = channel.isBlank() ? null : Channel.fromWireName(channel).orElse(null);
		MessageStatistics.Filter filter = new MessageStatistics.Filter(wanted, wantedTrigger, wantedChannel);
		MessageStatistics.Page page;
		String error = null;
		try {
			page = statistics.search(storeId, filter, cursor, PAGE_SIZE);
		}
		catch (InvalidInputException ex) {
			page = new MessageStatistics.Page(List.of(), null);
			error = "That page no longer exists; start again from the first page.";
		}
		Map<OrderId, String> numbers = orders.numbersOf(storeId,
				page.items().stream().map(Message::orderId).distinct().toList());
		model.addAttribute("page", page);
		model.addAttribute("orderNumbers", numbers);
		model.addAttribute("error", error);
		model.addAttribute("status", shownStatus);
		model.addAttribute("trigger", wantedTrigger == null ? "" : wantedTrigger.wireName());
		model.addAttribute("channel", wantedChannel == null ? "" : wantedChannel.wireName());
		model.addAttribute("paged", cursor != null && !cursor.isBlank());
	}

	@GetMapping("/admin/notifications/{id}")
	String show(@AuthenticationPrincipal StaffPrincipal staff, StoreId storeId, @PathVariable String id, Model model) {
		UUID messageId = parse(id);
		// Another store's message is answered exactly like an unknown one.
		Message message = messages.find(storeId, messageId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("message", message);
		model.addAttribute("attempts", messages.attempts(storeId, messageId));
		model.addAttribute("orderNumber", orders.numbersOf(storeId, List.of(message.orderId())).get(message.orderId()));
		model.addAttribute("zone", stores.get(storeId).zone());
		model.addAttribute("canRetry",
				staff != null && staff.can(StoreRole.AGENT) && MessageStatistics.FAILURES.contains(message.status()));
		return "notifications/messages-detail";
	}

	@PostMapping("/admin/notifications/{id}/retry")
	@PreAuthorize("hasRole('AGENT')")
	String retry(StoreId storeId, @PathVariable String id, @RequestParam(required = false) @Nullable String back,
			RedirectAttributes redirect) {
		UUID messageId = parse(id);
		Message message = messages.find(storeId, messageId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (messages.retry(storeId, messageId)) {
			redirect.addFlashAttribute("flash", "Queued again: " + MessageLogChart.words(message.trigger().wireName())
					+ " to " + message.maskedRecipient() + " goes out shortly.");
		}
		else {
			redirect.addFlashAttribute("retryError",
					"Not queued: only failed, bounced or unconfirmed messages can be retried; this one is "
							+ message.status().wireName() + ".");
		}
		return "redirect:" + safeBack(back);
	}

	@PostMapping("/admin/notifications/{id}/resend")
	@PreAuthorize("hasRole('AGENT')")
	String resend(StoreId storeId, @AuthenticationPrincipal StaffPrincipal staff, @PathVariable String id,
			RedirectAttributes redirect) {
		UUID messageId = parse(id);
		Message message = messages.find(storeId, messageId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (resends.resend(storeId, messageId, staff.email()).isPresent()) {
			redirect.addFlashAttribute("flash", MessageLogChart.words(message.trigger().wireName()) + " to "
					+ message.maskedRecipient() + " is sent again as a new message.");
		}
		else {
			redirect.addFlashAttribute("actionError",
					"Not sent again: this message has not gone out yet (" + message.status().wireName() + ").");
		}
		return "redirect:/admin/orders/" + message.orderId().value();
	}

	// Only back to the notifications pages, so the form cannot become an open redirect.
	private static String safeBack(@Nullable String back) {
		if (back == null || !back.startsWith("/admin/notifications") || back.startsWith("//")) {
			return "/admin/notifications";
		}
		return UriComponentsBuilder.fromUriString(back).build().toUriString();
	}

	private static UUID parse(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
