package org.aftersale.tracking;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.aftersale.tracking.TrackingFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

class TrackingStateTests {

	@Test
	void derivesStatusFromEventTimeNotArrivalOrder() {
		Shipment shipment = TrackingFixtures.shipment();
		List<CarrierEvent> history = new ArrayList<>();

		apply(shipment, history, event(5, ShipmentStatus.OUT_FOR_DELIVERY));
		apply(shipment, history, event(1, ShipmentStatus.INFO_RECEIVED));
		apply(shipment, history, event(3, ShipmentStatus.IN_TRANSIT));

		assertThat(shipment.status()).isEqualTo(ShipmentStatus.OUT_FOR_DELIVERY);
		assertThat(shipment.lastEventAt()).isEqualTo(TrackingFixtures.T0.plusSeconds(5 * 3600));
	}

	@Test
	void keepsDeliveredWhenAStaleScanArrivesLate() {
		Shipment shipment = TrackingFixtures.shipment();
		List<CarrierEvent> history = new ArrayList<>();
		apply(shipment, history, event(2, ShipmentStatus.IN_TRANSIT));
		apply(shipment, history, event(9, ShipmentStatus.DELIVERED));
		shipment.clearEvents();

		boolean changed = apply(shipment, history, event(4, ShipmentStatus.IN_TRANSIT));
		apply(shipment, history, event(10, ShipmentStatus.IN_TRANSIT));

		assertThat(changed).isFalse();
		assertThat(shipment.status()).isEqualTo(ShipmentStatus.DELIVERED);
		assertThat(shipment.deliveredAt()).isEqualTo(TrackingFixtures.T0.plusSeconds(9 * 3600));
		assertThat(shipment.domainEvents()).noneMatch(ShipmentStatusChanged.class::isInstance);
	}

	@Test
	void letsAReturnAfterDeliveryMoveTheShipmentOn() {
		Shipment shipment = TrackingFixtures.shipment();
		List<CarrierEvent> history = new ArrayList<>();
		apply(shipment, history, event(9, ShipmentStatus.DELIVERED));

		apply(shipment, history,
				event(30, ShipmentStatus.EXCEPTION, ShipmentSubStatus.RETURNED_TO_SENDER, "Returned to sender"));

		assertThat(shipment.status()).isEqualTo(ShipmentStatus.EXCEPTION);
		assertThat(shipment.subStatus()).isEqualTo(ShipmentSubStatus.RETURNED_TO_SENDER);
		assertThat(shipment.deliveredAt()).isNull();
		assertThat(shipment.domainEvents()).anyMatch(ShipmentException.class::isInstance);
	}

	@Test
	void deliversAfterAnException() {
		Shipment shipment = TrackingFixtures.shipment();
		List<CarrierEvent> history = new ArrayList<>();
		apply(shipment, history, event(3, ShipmentStatus.EXCEPTION, ShipmentSubStatus.CUSTOMS_HOLD, "Held"));
		apply(shipment, history, event(8, ShipmentStatus.DELIVERED));

		assertThat(shipment.status()).isEqualTo(ShipmentStatus.DELIVERED);
		assertThat(shipment.domainEvents()).hasAtLeastOneElementOfType(ShipmentException.class)
			.hasAtLeastOneElementOfType(ShipmentDelivered.class);
	}

	@Test
	void ignoresAnEventItHasAlreadyFollowed() {
		Shipment shipment = TrackingFixtures.shipment();
		List<CarrierEvent> history = new ArrayList<>();
		apply(shipment, history, event(3, ShipmentStatus.IN_TRANSIT));
		shipment.clearEvents();

		boolean changed = shipment.follow(history, true, TrackingFixtures.T0);

		assertThat(changed).isFalse();
		assertThat(shipment.domainEvents()).isEmpty();
	}

	@Test
	void announcesAStatusChangeAndANewEstimate() {
		Shipment shipment = TrackingFixtures.shipment();
		CarrierEvent withEstimate = new CarrierEvent("1Z999AA10123456784", "ups", ShipmentStatus.IN_TRANSIT, null, "IT",
				"Departed", TrackingFixtures.T0, null, true, null, null, java.time.LocalDate.of(2025, 3, 4), "api",
				"{}");

		shipment.follow(List.of(withEstimate), false, TrackingFixtures.T0);

		assertThat(shipment.domainEvents()).hasAtLeastOneElementOfType(ShipmentStatusChanged.class)
			.hasAtLeastOneElementOfType(DeliveryEstimateChanged.class);
		assertThat(shipment.estimatedDelivery()).isEqualTo(java.time.LocalDate.of(2025, 3, 4));
	}

	private static boolean apply(Shipment shipment, List<CarrierEvent> history, CarrierEvent event) {
		history.add(event);
		return TrackingFixtures.follow(shipment, history, List.of(event));
	}

}
