package org.aftersale.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.aftersale.orders.OrderFixtures;
import org.aftersale.stores.StoreFixtures;
import org.aftersale.stores.StoreFixtures.OpenedStore;
import org.aftersale.testing.ApiClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Late parcels are announced once per broken promise and once per silence; parcels the
 * carrier never scanned are not called late for their silence.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RecordApplicationEvents
class DelayWatchIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	DelayWatch watch;

	@Autowired
	ApplicationEvents events;

	@Test
	void announcesABrokenPromiseAndASilenceOnceEach() {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		ApiClient api = store.api(port);
		String promised = shipment(api, LocalDate.now().minusDays(2));
		String silent = shipment(api, null);
		String neverScanned = shipment(api, null);
		Instant longAgo = Instant.now().minus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		api.post("/api/v1/tracking-events", """
				[{"trackingNumber":"%s","status":"in_transit","description":"Departed","occurredAt":"%s"},
				 {"trackingNumber":"%s","status":"in_transit","description":"Departed","occurredAt":"%s"}]"""
			.formatted(promised, Instant.now().minus(1, ChronoUnit.HOURS), silent, longAgo));

		watch.sweep();
		watch.sweep();

		List<DeliveryDelayed> delayed = events.stream(DeliveryDelayed.class)
			.filter(e -> e.storeId().equals(store.id()))
			.toList();
		assertThat(delayed).extracting(DeliveryDelayed::trackingNumber, DeliveryDelayed::reason)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(promised, DeliveryDelayed.Reason.PAST_PROMISED_DATE),
					org.assertj.core.groups.Tuple.tuple(silent, DeliveryDelayed.Reason.NO_SCAN));
		assertThat(delayed).noneMatch(e -> e.trackingNumber().equals(neverScanned));
		assertThat(delayed).filteredOn(e -> e.reason() == DeliveryDelayed.Reason.NO_SCAN)
			.extracting(DeliveryDelayed::lastScanAt)
			.containsExactly(longAgo);
	}

	private String shipment(ApiClient api, LocalDate estimatedDelivery) {
		String orderId = api.post("/api/v1/orders", OrderFixtures.anyOrderJson()).json().get("id").asString();
		String number = "LATE" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
		ApiClient.Response created = api.post("/api/v1/orders/" + orderId + "/shipments",
				"{\"trackingNumber\":\"" + number + "\""
						+ (estimatedDelivery == null ? "" : ",\"estimatedDelivery\":\"" + estimatedDelivery + "\"")
						+ "}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return number;
	}

}
