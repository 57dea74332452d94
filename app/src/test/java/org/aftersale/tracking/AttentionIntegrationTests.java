package org.aftersale.tracking;

import java.util.List;
import java.util.Map;

import org.aftersale.stores.StoreFixtures;
import org.aftersale.stores.StoreFixtures.OpenedStore;
import org.aftersale.testing.ApiClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import static org.aftersale.tracking.AttentionCategory.EXCEPTION;
import static org.aftersale.tracking.AttentionCategory.FAILED_ATTEMPT;
import static org.aftersale.tracking.AttentionCategory.NO_PICKUP;
import static org.aftersale.tracking.AttentionCategory.NO_SCAN;
import static org.aftersale.tracking.AttentionCategory.PAST_PROMISED_DATE;
import static org.aftersale.tracking.AttentionCategory.RETURNED_TO_SENDER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attention counts and lists over shipments fed through the REST API, in SQL, agree
 * with {@link AttentionPolicy} and never mix stores.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AttentionIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	AttentionQueries queries;

	@Autowired
	AttentionDesk desk;

	@Test // #3
	void countsAndListsEachCategoryForItsStoreOnly() {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		OpenedStore other = StoreFixtures.openStore(environment, port);
		Map<String, AttentionFixtures.Made> made = AttentionFixtures.seed(store.api(port));
		Map<String, AttentionFixtures.Made> foreign = AttentionFixtures.seed(other.api(port));

		AttentionCounts counts = queries.counts(store.id());

		assertThat(counts.byCategory()).containsEntry(EXCEPTION, 2L)
			.containsEntry(FAILED_ATTEMPT, 1L)
			.containsEntry(RETURNED_TO_SENDER, 1L)
			.containsEntry(NO_SCAN, 1L)
			.containsEntry(PAST_PROMISED_DATE, 1L)
			.containsEntry(NO_PICKUP, 1L);
		assertThat(counts.exceptionsBySubStatus()).containsOnly(Map.entry("customs_hold", 1L), Map.entry("lost", 1L));
		assertThat(counts.open()).isEqualTo(7);
		assertThat(counts.handled()).isZero();
		assertThat(numbers(store, EXCEPTION)).containsExactlyInAnyOrder(made.get("customs").trackingNumber(),
				made.get("lost").trackingNumber());
		assertThat(numbers(store, FAILED_ATTEMPT)).containsExactly(made.get("failed").trackingNumber());
		assertThat(numbers(store, RETURNED_TO_SENDER)).containsExactly(made.get("returning").trackingNumber());
		assertThat(numbers(store, NO_SCAN)).containsExactly(made.get("silent").trackingNumber());
		assertThat(numbers(store, PAST_PROMISED_DATE)).containsExactly(made.get("late").trackingNumber());
		assertThat(numbers(store, NO_PICKUP)).containsExactly(made.get("unpicked").trackingNumber());
		List<AttentionRow> all = queries.list(store.id(), new AttentionQueries.Filter(null, null, false), null, 50)
			.items();
		assertThat(all).hasSize(7).allSatisfy(row -> {
			assertThat(row.categories()).isNotEmpty();
			assertThat(row.orderNumber()).isNotBlank();
		});
		assertThat(all).extracting(AttentionRow::trackingNumber)
			.doesNotContainAnyElementsOf(foreign.values().stream().map(AttentionFixtures.Made::trackingNumber).toList())
			.doesNotContain(made.get("fine").trackingNumber(), made.get("delivered").trackingNumber());
	}

	@Test
	void filtersExceptionsBySubStatusAndPagesWithACursor() {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		Map<String, AttentionFixtures.Made> made = AttentionFixtures.seed(store.api(port));

		List<AttentionRow> lost = queries
			.list(store.id(), new AttentionQueries.Filter(EXCEPTION, ShipmentSubStatus.LOST, false), null, 50)
			.items();
		AttentionQueries.Page first = queries.list(store.id(), new AttentionQueries.Filter(null, null, false), null, 4);
		AttentionQueries.Page second = queries.list(store.id(), new AttentionQueries.Filter(null, null, false),
				first.nextCursor(), 4);

		assertThat(lost).extracting(AttentionRow::trackingNumber).containsExactly(made.get("lost").trackingNumber());
		assertThat(first.items()).hasSize(4);
		assertThat(second.items()).hasSize(3);
		assertThat(second.nextCursor()).isNull();
		assertThat(second.items()).extracting(AttentionRow::id)
			.doesNotContainAnyElementsOf(first.items().stream().map(AttentionRow::id).toList());
	}

	@Test
	void hidesAHandledShipmentUntilANewProblemArrives() {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		ApiClient api = store.api(port);
		AttentionFixtures.Made customs = AttentionFixtures.seed(api).get("customs");
		ShipmentId id = ShipmentId.of(customs.shipmentId());

		desk.handle(store.id(), id, "Sent the invoice to customs", "agent@example.com");

		assertThat(numbers(store, EXCEPTION)).doesNotContain(customs.trackingNumber());
		assertThat(queries.counts(store.id()).of(EXCEPTION)).isEqualTo(1);
		assertThat(queries.counts(store.id()).handled()).isEqualTo(1);
		AttentionRow shown = queries.list(store.id(), new AttentionQueries.Filter(EXCEPTION, null, true), null, 50)
			.items()
			.stream()
			.filter(r -> r.id().equals(id))
			.findFirst()
			.orElseThrow();
		assertThat(shown.handled().note()).isEqualTo("Sent the invoice to customs");
		assertThat(shown.handled().handledBy()).isEqualTo("agent@example.com");

		AttentionFixtures.report(api, customs, "exception", "lost");

		assertThat(numbers(store, EXCEPTION)).contains(customs.trackingNumber());
		assertThat(desk.notesOf(store.id(), id)).hasSize(1);
		assertThat(queries.counts(store.id()).handled()).isZero();
	}

	@Test
	void appliesTheStoresOwnThresholds() {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		Map<String, AttentionFixtures.Made> made = AttentionFixtures.seed(store.api(port));

		desk.changeSettings(store.id(), new AttentionSettings(5, 4));

		assertThat(numbers(store, NO_SCAN)).isEmpty();
		assertThat(numbers(store, NO_PICKUP)).isEmpty();
		assertThat(desk.settingsOf(store.id())).isEqualTo(new AttentionSettings(5, 4));
		assertThat(made).containsKey("silent");
	}

	private List<String> numbers(OpenedStore store, AttentionCategory category) {
		return queries.list(store.id(), new AttentionQueries.Filter(category, null, false), null, 50)
			.items()
			.stream()
			.map(AttentionRow::trackingNumber)
			.toList();
	}

}
