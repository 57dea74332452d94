package org.aftersale.webhooks;

import java.util.Collections;
import java.util.List;

import org.aftersale.kernel.FieldProblem;
import org.aftersale.kernel.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class EventPatternTests {

	@Test
	void matchesEverythingAGroupOrOneName() {
		assertThat(new EventPattern("*").matches(WebhookEventType.SHIPMENT_EXCEPTION)).isTrue();
		assertThat(new EventPattern("order.*").matches(WebhookEventType.ORDER_REFUNDED)).isTrue();
		assertThat(new EventPattern("order.*").matches(WebhookEventType.SHIPMENT_CREATED)).isFalse();
		assertThat(new EventPattern("shipment.*").matches(WebhookEventType.SHIPMENT_STATUS_CHANGED)).isTrue();
		assertThat(new EventPattern("shipment.delivered").matches(WebhookEventType.SHIPMENT_DELIVERED)).isTrue();
		assertThat(new EventPattern("shipment.delivered").matches(WebhookEventType.SHIPMENT_STATUS_CHANGED)).isFalse();
	}

	@Test
	void normalizesPatternsAndDropsDuplicates() {
		assertThat(EventPattern.parseAll(List.of(" Order.* ", "order.*", "shipment.delivered")))
			.containsExactly("order.*", "shipment.delivered");
	}

	@Test
	void refusesPatternsThatNameNoEventWithTheirIndex() {
		InvalidInputException ex = catchThrowableOfType(InvalidInputException.class,
				() -> EventPattern.parseAll(List.of("order.*", "orders.placed", "shipment.*.x", "order.", "**")));

		assertThat(ex.problems()).extracting(FieldProblem::field)
			.containsExactly("events[1]", "events[2]", "events[3]", "events[4]");
	}

	@Test
	void refusesAnEmptyListAndTooManyPatterns() {
		assertThat(catchThrowableOfType(InvalidInputException.class, () -> EventPattern.parseAll(List.of())).problems())
			.extracting(FieldProblem::field)
			.containsExactly("events");
		assertThat(catchThrowableOfType(InvalidInputException.class,
				() -> EventPattern.parseAll(Collections.nCopies(21, "order.*")))
			.problems()).extracting(FieldProblem::field).containsExactly("events");
	}

	@Test
	void aSubscriptionWantsOnlyMatchingEventsAndOnlyWhileActive() {
		Subscription active = subscription(true, List.of("order.placed", "shipment.*"));

		assertThat(active.wants(WebhookEventType.ORDER_PLACED)).isTrue();
		assertThat(active.wants(WebhookEventType.SHIPMENT_ESTIMATE_CHANGED)).isTrue();
		assertThat(active.wants(WebhookEventType.ORDER_CANCELLED)).isFalse();
		assertThat(subscription(false, List.of("*")).wants(WebhookEventType.ORDER_PLACED)).isFalse();
	}

	private static Subscription subscription(boolean active, List<String> events) {
		return new Subscription(SubscriptionId.random(), new org.aftersale.kernel.StoreId(java.util.UUID.randomUUID()),
				"https://example.com", events, null, active, java.time.Instant.EPOCH, java.time.Instant.EPOCH);
	}

}
