package org.aftersale.notifications.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.aftersale.kernel.NotFoundException;
import org.aftersale.kernel.StoreId;
import org.aftersale.notifications.Message;
import org.aftersale.notifications.MessageStatistics;
import org.aftersale.notifications.Messages;
import org.aftersale.orders.OrderId;
import org.aftersale.orders.OrderQueries;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The delivery log on the API: an order's messages, one message with its attempts, and a
 * manual retry of one that was given up.
 */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "Messages to shoppers and their delivery log")
class NotificationApiController {

	private final Messages messages;

	private final OrderQueries orders;

	NotificationApiController(Messages messages, OrderQueries orders) {
		this.messages = messages;
		this.orders = orders;
	}

	@GetMapping
	@PreAuthorize("hasRole('API_READ')")
	@Operation(summary = "The messages sent or scheduled for an order, oldest first",
			description = "Recipients are masked. Another store's order is 404.")
	Map<String, List<NotificationJson>> ofOrder(StoreId storeId, @RequestParam UUID orderId) {
		OrderId order = new OrderId(orderId);
		// A foreign order is answered like an unknown one, never as an empty list that
		// would confirm it exists.
		orders.find(storeId, order).orElseThrow(() -> new NotFoundException("order"));
		return Map.of("items", messages.ofOrder(storeId, order).stream().map(NotificationJson::of).toList());
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('API_READ')")
	@Operation(summary = "One message with its delivery log")
	NotificationJson get(StoreId storeId, @PathVariable UUID id) {
		Message message = messages.find(storeId, id).orElseThrow(() -> new NotFoundException("notification"));
		return NotificationJson.of(message, messages.attempts(storeId, id));
	}

	@PostMapping("/{id}/retry")
	@PreAuthorize("hasRole('API_WRITE')")
	@Operation(summary = "Send a failed, bounced or unconfirmed message again",
			description = "Queues it now with a fresh count of attempts: 202. Any other status is 409.")
	ResponseEntity<?> retry(StoreId storeId, @PathVariable UUID id) {
		Message message = messages.find(storeId, id).orElseThrow(() -> new NotFoundException("notification"));
		if (!MessageStatistics.FAILURES.contains(message.status()) || !messages.retry(storeId, id)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
					"Only failed, bounced or unconfirmed messages can be retried; this one is "
							+ message.status().wireName() + ".");
			problem.setTitle("Message cannot be retried");
			return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
		}
		return ResponseEntity.accepted().body(NotificationJson.of(messages.find(storeId, id).orElseThrow()));
	}

}
