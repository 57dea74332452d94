package org.aftersale.notifications;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;
import org.aftersale.tracking.DeliveryDelayed;
import org.aftersale.tracking.ShipmentCreated;
import org.aftersale.tracking.ShipmentId;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/**
 * A moment is announced while it is news: how long depends on the moment, and the moment
 * is when it happened in the world, not when Aftersale learnt of it.
 */
class NewsTests {

	static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

	static final StoreId STORE = new StoreId(UUID.randomUUID());

	@Test
	void anOrderIsNewsForThreeDaysAndThenHistory() {
		assertThat(Trigger.ORDER_CONFIRMED.isNews(NOW.minus(Duration.ofDays(2)), NOW)).isTrue();
		assertThat(Trigger.ORDER_CONFIRMED.isNews(NOW.minus(Duration.ofDays(3)), NOW)).isFalse();
		assertThat(Trigger.ORDER_CONFIRMED.isNews(NOW.minus(Duration.ofDays(300)), NOW)).isFalse();
		// a shop whose clock runs ahead of ours still gets its order confirmed
		assertThat(Trigger.ORDER_CONFIRMED.isNews(NOW.plusSeconds(90), NOW)).isTrue();
	}

	@Test
	void outForDeliveryIsNewsTheSameDayAndAParcelWaitingAtAPickupPointForAWeek() {
		assertThat(Trigger.OUT_FOR_DELIVERY.isNews(NOW.minus(Duration.ofHours(11)), NOW)).isTrue();
		assertThat(Trigger.OUT_FOR_DELIVERY.isNews(NOW.minus(Duration.ofHours(13)), NOW)).isFalse();
		assertThat(Trigger.AVAILABLE_FOR_PICKUP.isNews(NOW.minus(Duration.ofDays(6)), NOW)).isTrue();
		assertThat(Trigger.AVAILABLE_FOR_PICKUP.isNews(NOW.minus(Duration.ofDays(8)), NOW)).isFalse();
	}

	@Test
	void aParcelTakenInLateIsAnnouncedAsOfWhenItLeft() {
		Instant left = NOW.minus(Duration.ofDays(40));

		List<Occasion> occasions = occasionsOf(created(left));

		assertThat(occasions).extracting(Occasion::trigger)
			.containsExactlyInAnyOrder(Trigger.LABEL_CREATED, Trigger.SHIPPED);
		assertThat(occasions).extracting(Occasion::moment).containsOnly(left);
		assertThat(occasions).noneMatch(o -> o.trigger().isNews(o.moment(), NOW));
	}

	@Test
	void aParcelWithoutADepartureOrOneDatedAheadIsAnnouncedAsOfWhenItWasTakenIn() {
		assertThat(occasionsOf(created(null))).extracting(Occasion::moment).containsOnly(NOW);
		assertThat(occasionsOf(created(NOW.plus(Duration.ofDays(2))))).extracting(Occasion::moment).containsOnly(NOW);
	}

	@Test
	void aDelayIsAnnouncedAsOfWhenTheParcelBecameLateNotWhenItWasFound() {
		Instant lateSince = NOW.minus(Duration.ofDays(30));
		DeliveryDelayed delayed = new DeliveryDelayed(STORE, new ShipmentId(UUID.randomUUID()),
				new OrderId(UUID.randomUUID()), DeliveryDelayed.Reason.PAST_PROMISED_DATE, LocalDate.of(2026, 10, 30),
				null, lateSince, NOW, "1Z999AA10123456784", "ups");

		MessagePlanner planner = mock(MessagePlanner.class);
		new ShipmentNotifications(planner).on(delayed);

		ArgumentCaptor<Occasion> planned = ArgumentCaptor.forClass(Occasion.class);
		verify(planner).plan(planned.capture());
		assertThat(planned.getValue().moment()).isEqualTo(lateSince);
		assertThat(planned.getValue().trigger().isNews(lateSince, NOW)).isFalse();
	}

	private static ShipmentCreated created(Instant shippedAt) {
		return new ShipmentCreated(STORE, new ShipmentId(UUID.randomUUID()), new OrderId(UUID.randomUUID()),
				UUID.randomUUID(), "1Z999AA10123456784", "ups", null, shippedAt, NOW, null);
	}

	private static List<Occasion> occasionsOf(ShipmentCreated event) {
		MessagePlanner planner = mock(MessagePlanner.class);
		new ShipmentNotifications(planner).on(event);
		ArgumentCaptor<Occasion> planned = ArgumentCaptor.forClass(Occasion.class);
		verify(planner, atLeastOnce()).plan(planned.capture());
		return planned.getAllValues();
	}

}
