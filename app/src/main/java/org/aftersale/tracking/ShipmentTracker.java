package org.aftersale.tracking;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.NotFoundException;
import org.aftersale.kernel.StoreId;
import org.aftersale.orders.FulfilmentSubmission;
import org.aftersale.orders.Order;
import org.aftersale.orders.OrderId;
import org.aftersale.orders.OrderIntake;
import org.aftersale.orders.OrderQueries;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts following parcels and applies what carriers report about them. Publishes
 * {@link ShipmentCreated}, {@link ShipmentStatusChanged}, {@link ShipmentDelivered},
 * {@link ShipmentException} and {@link DeliveryEstimateChanged}. Everything is scoped to
 * one store: an event or order of another store never touches this one's shipments.
 */
@Service
@Transactional
public class ShipmentTracker {

	/** A shipment and whether this call created it (or found it already followed). */
	public record Tracked(Shipment shipment, boolean created) {
	}

	/**
	 * The key of the fulfilment that a parcel added through the API or the admin records
	 * on its order: followed by the parcel's id.
	 */
	static final String OWN_FULFILMENT = "aftersale-shipment:";

	private final Shipments shipments;

	private final OrderQueries orders;

	private final Clock clock;

	private final CarrierResolution carriers;

	private final OrderIntake intake;

	ShipmentTracker(Shipments shipments, OrderQueries orders, Clock clock, CarrierResolution carriers,
			OrderIntake intake) {
		this.intake = intake;
		this.shipments = shipments;
		this.orders = orders;
		this.clock = clock;
		this.carriers = carriers;
	}

	/**
	 * Follows a parcel of an order. The same tracking number on the same order (and the
	 * same carrier, or one not yet known) answers the shipment already followed.
	 * @throws NotFoundException when the order is not one of this store's
	 * @throws InvalidInputException for a malformed tracking number or line items that
	 * are not on the order or exceed what is left to ship
	 */
	public Tracked track(StoreId storeId, OrderId orderId, ShipmentSubmission given) {
		return track(storeId, orderId, given, null);
	}

	/** Follows a parcel that takes the place of a retired one ({@code replaces}). */
	Tracked track(StoreId storeId, OrderId orderId, ShipmentSubmission given, @Nullable ShipmentId replaces) {
		ShipmentSubmission submission = carriers.complete(given);
		Order order = orders.find(storeId, orderId).orElseThrow(() -> new NotFoundException("order"));
		TrackingNumber number = TrackingNumber.parse(submission.trackingNumber())
			.orElseThrow(() -> new InvalidInputException("trackingNumber",
					"must be 4 to 40 letters and digits (spaces and dashes are ignored)"));
		List<Shipment> sameNumber = new ArrayList<>();
		shipments.findAllById(shipments.findIdsOfNumberOnOrder(storeId.value(), orderId.value(), number.normalized(),
				ShipmentDirection.OUTBOUND.name()))
			.forEach(sameNumber::add);
		Optional<Shipment> known = sameNumber.stream()
			.filter(s -> submission.carrier() == null || s.carrier() == null
					|| s.carrier().equals(submission.carrier()))
			.findFirst();
		if (known.isPresent()) {
			return new Tracked(known.get(), false);
		}
		// Other shipments of the order matter only for what is left to ship.
		List<ShipmentLine> lines = submission.lineItems().isEmpty() ? List.of()
				: new ShipmentContents(order, shipmentsOf(storeId, orderId)).resolve(submission.lineItems());
		Shipment shipment = Shipment.track(storeId, orderId, submission, number, lines,
				clock.instant().truncatedTo(ChronoUnit.MICROS), replaces);
		Shipment saved = shipments.save(shipment);
		if (submission.fulfilmentId() == null) {
			recordAsFulfilment(storeId, orderId, submission, saved);
		}
		return new Tracked(saved, true);
	}

	/**
	 * Follows a parcel coming back to the store on a return label. The same number on the
	 * same order answers the parcel already followed.
	 * @param carrier our carrier code, or {@code null} to detect it from the number
	 * @throws NotFoundException when the order is not one of this store's
	 * @throws InvalidInputException for a malformed tracking number
	 */
	public Shipment trackReturn(StoreId storeId, OrderId orderId, String trackingNumber, @Nullable String carrier,
			@Nullable String trackingUrl) {
		ShipmentSubmission completed = carriers
			.complete(new ShipmentSubmission(trackingNumber, carrier, null, trackingUrl, null, null, null, List.of()));
		orders.find(storeId, orderId).orElseThrow(() -> new NotFoundException("order"));
		TrackingNumber number = TrackingNumber.parse(trackingNumber)
			.orElseThrow(() -> new InvalidInputException("trackingNumber",
					"must be 4 to 40 letters and digits (spaces and dashes are ignored)"));
		List<UUID> known = shipments.findIdsOfNumberOnOrder(storeId.value(), orderId.value(), number.normalized(),
				ShipmentDirection.RETURN.name());
		if (!known.isEmpty()) {
			return shipments.findById(known.get(0)).orElseThrow();
		}
		return shipments.save(Shipment.trackReturn(storeId, orderId, completed.carrier(), number,
				completed.trackingUrl(), clock.instant().truncatedTo(ChronoUnit.MICROS)));
	}

	// A parcel added through the API or the admin is shipped goods, as a shop's
	// fulfilment is: the order counts it (partially or wholly fulfilled) in the same
	// transaction, and its fulfilment event tells the timeline and webhooks. Keyed by the
	// shipment, so it is recorded once.
	private void recordAsFulfilment(StoreId storeId, OrderId orderId, ShipmentSubmission submission, Shipment saved) {
		List<FulfilmentSubmission.ShippedLine> shipped = submission.lineItems()
			.stream()
			.filter(item -> item.sku() != null)
			.map(item -> new FulfilmentSubmission.ShippedLine(null, item.sku(), item.quantity()))
			.toList();
		intake.recordFulfilment(storeId, orderId,
				new FulfilmentSubmission(OWN_FULFILMENT + saved.id().value(), "success", submission.carrier(),
						List.of(submission.trackingNumber()),
						submission.trackingUrl() == null ? List.of() : List.of(submission.trackingUrl()), null, shipped,
						submission.shippedAt() == null ? clock.instant() : submission.shippedAt()));
	}

	/**
	 * The store's shipments of one order, oldest first; empty for another store's order.
	 */
	@Transactional(readOnly = true)
	public List<Shipment> shipmentsOf(StoreId storeId, OrderId orderId) {
		// Oldest first, as the statement orders them.
		return shipments.findOutboundOfOrders(storeId, List.of(orderId.value()));
	}

}
