package org.aftersale.tracking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aftersale.orders.OrderFixtures;
import org.aftersale.testing.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One shipment in each attention category (and two that need none), created through the
 * REST API with carrier events dated in the past, the way an integration feeds them.
 */
public final class AttentionFixtures {

	/** A shipment made for a test: its ids and its tracking number as sent. */
	public record Made(String orderId, String shipmentId, String trackingNumber) {
	}

	private AttentionFixtures() {
	}

	/**
	 * @return by name: customs, lost, failed, returning, silent, late, unpicked, fine,
	 * delivered
	 */
	public static Map<String, Made> seed(ApiClient api) {
		String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
		Instant now = Instant.now();
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		Map<String, Made> made = new LinkedHashMap<>();
		made.put("customs", ship(api, "CU" + tag, null, List.of(event("in_transit", null, now.minus(days(1))),
				event("exception", "customs_hold", now.minus(Duration.ofHours(2))))));
		made.put("lost",
				ship(api, "LO" + tag, null, List.of(event("exception", "lost", now.minus(Duration.ofHours(5))))));
		made.put("failed", ship(api, "FA" + tag, null,
				List.of(event("failed_attempt", "recipient_not_available", now.minus(Duration.ofHours(3))))));
		made.put("returning", ship(api, "RE" + tag, null,
				List.of(event("exception", "returning_to_sender", now.minus(Duration.ofHours(4))))));
		made.put("silent", ship(api, "SI" + tag, null, List.of(event("in_transit", null, now.minus(days(4))))));
		made.put("late", ship(api, "LA" + tag, today.minusDays(2),
				List.of(event("in_transit", null, now.minus(Duration.ofHours(1))))));
		made.put("unpicked", ship(api, "UN" + tag, null, List.of(event("info_received", null, now.minus(days(3))))));
		made.put("fine", ship(api, "FI" + tag, today.plusDays(3),
				List.of(event("in_transit", null, now.minus(Duration.ofHours(1))))));
		made.put("delivered",
				ship(api, "DE" + tag, today.minusDays(5), List.of(event("delivered", null, now.minus(days(10))))));
		return made;
	}

	/** Reports a further carrier event for a shipment made here. */
	public static void report(ApiClient api, Made shipment, String status, String subStatus) {
		post(api, List
			.of(withNumber(event(status, subStatus, Instant.now().minusSeconds(60)), shipment.trackingNumber())));
	}

	private static Made ship(ApiClient api, String number, LocalDate promised, List<Map<String, Object>> events) {
		ApiClient.Response order = api.post("/api/v1/orders", OrderFixtures.anyOrderJson());
		assertThat(order.status()).as(order.body()).isEqualTo(201);
		String orderId = order.json().get("id").asString();
		String spaced = number.substring(0, 4) + " " + number.substring(4, 8) + "-" + number.substring(8);
		String body = promised == null ? "{\"trackingNumber\":\"" + spaced + "\"}"
				: "{\"trackingNumber\":\"" + spaced + "\",\"estimatedDelivery\":\"" + promised + "\"}";
		ApiClient.Response shipment = api.post("/api/v1/orders/" + orderId + "/shipments", body);
		assertThat(shipment.status()).as(shipment.body()).isEqualTo(201);
		post(api, events.stream().map(e -> withNumber(e, number)).toList());
		return new Made(orderId, shipment.json().get("id").asString(), spaced);
	}

	private static void post(ApiClient api, List<Map<String, Object>> events) {
		ApiClient.Response response = api.post("/api/v1/tracking-events", ApiJson.write(events));
		assertThat(response.status()).as(response.body()).isEqualTo(202);
		assertThat(response.json().get("accepted").asInt()).as(response.body()).isEqualTo(events.size());
	}

	private static Map<String, Object> event(String status, String subStatus, Instant at) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("status", status);
		if (subStatus != null) {
			event.put("subStatus", subStatus);
		}
		event.put("code", status.toUpperCase() + "-" + at.getEpochSecond());
		event.put("description", "Carrier says " + status.replace('_', ' '));
		event.put("occurredAt", at.toString());
		event.put("location", Map.of("city", "Leipzig", "country", "DE"));
		return event;
	}

	private static Map<String, Object> withNumber(Map<String, Object> event, String number) {
		Map<String, Object> copy = new LinkedHashMap<>(event);
		copy.put("trackingNumber", number);
		return copy;
	}

	private static Duration days(int n) {
		return Duration.ofDays(n);
	}

}
