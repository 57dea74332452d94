package org.aftersale.tracking;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.NotFoundException;
import org.aftersale.kernel.StoreId;
import org.aftersale.orders.FulfilmentSubmission;
import org.aftersale.orders.OrderId;
import org.aftersale.orders.OrderIntake;
import org.aftersale.orders.OrderTimeline;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person does to an order's parcels from the admin: adds one (counted as
 * fulfilment, "Shipped" planned, as through the API), corrects a mistyped number, removes
 * a parcel that never was. Nothing is deleted: the old parcel is retired (left out of
 * every list, count, poll and look-up) with who did it and when, its carrier events and
 * the messages that named it stay, and the order's timeline says what happened. A parcel
 * added through the API or the admin takes its fulfilment with it, so the order's status
 * follows; a shop's fulfilment stays the shop's to change.
 */
@Service
@Transactional
public class ParcelDesk {

	private final JdbcClient jdbc;

	private final ShipmentQueries queries;

	private final ShipmentTracker tracker;

	private final OrderIntake intake;

	private final OrderTimeline timeline;

	private final Clock clock;

	ParcelDesk(JdbcClient jdbc, ShipmentQueries queries, ShipmentTracker tracker, OrderIntake intake,
			OrderTimeline timeline, Clock clock) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.tracker = tracker;
		this.intake = intake;
		this.timeline = timeline;
		this.clock = clock;
	}

	/**
	 * Adds a parcel to an order, written with who added it into the order's timeline.
	 * @param carrier the carrier's code, or {@code null} to detect it from the number
	 * @throws NotFoundException when the order is not the store's
	 * @throws InvalidInputException for a malformed tracking number
	 */
	public ShipmentTracker.Tracked add(StoreId storeId, OrderId orderId, String trackingNumber,
			@Nullable String carrier, String actor) {
		ShipmentTracker.Tracked tracked = tracker.track(storeId, orderId,
				new ShipmentSubmission(trackingNumber, carrier, null, null, null, null, null, List.of()));
		if (tracked.created()) {
			Shipment s = tracked.shipment();
			timeline.add(storeId, orderId, clock.instant(), "parcel",
					ParcelMilestones.parcel(s.carrier(), s.trackingNumber()) + " added by " + actor);
		}
		return tracked;
	}

	/**
	 * Replaces a parcel's tracking number (and carrier): a new parcel with the same
	 * contents takes its place. The shopper is not told again: they heard of the shipment
	 * when it was first entered.
	 * @param carrier the carrier's code, or {@code null} to detect it from the number
	 * @throws NotFoundException when the parcel is not one of the store's followed ones
	 * @throws InvalidInputException for a malformed number, or the number it already has
	 */
	public Shipment correct(StoreId storeId, ShipmentId id, String trackingNumber, @Nullable String carrier,
			String actor) {
		Shipment old = lockFollowed(storeId, id);
		TrackingNumber number = TrackingNumber.parse(trackingNumber)
			.orElseThrow(() -> new InvalidInputException("trackingNumber",
					"must be 4 to 40 letters and digits (spaces and dashes are ignored)"));
		if (number.normalized().equals(old.trackingNumberNormalized())
				&& (carrier == null || carrier.equals(old.carrier()))) {
			throw new InvalidInputException("trackingNumber", "is the number the parcel already has");
		}
		Instant now = clock.instant();
		retire(old, actor, now);
		List<ShipmentSubmission.Item> items = old.lines()
			.stream()
			.map(l -> new ShipmentSubmission.Item(l.orderLineId(), l.sku(), l.quantity()))
			.toList();
		Shipment replacement = tracker
			.track(storeId, old.orderId(),
					new ShipmentSubmission(trackingNumber, carrier, null, null, old.shippedAt(),
							old.estimatedDelivery(), old.fulfilmentId(), items),
					old.id())
			.shipment();
		jdbc.sql("update tracking.shipment set replaced_by = :new where id = :old")
			.param("new", replacement.id().value())
			.param("old", old.id().value())
			.update();
		timeline.add(storeId, old.orderId(), now, "parcel", "Tracking number " + old.trackingNumber() + " corrected to "
				+ ParcelMilestones.number(replacement.carrier(), replacement.trackingNumber()) + " by " + actor);
		return replacement;
	}

	/**
	 * Removes a parcel that was entered by mistake.
	 * @throws NotFoundException when the parcel is not one of the store's followed ones
	 */
	public void remove(StoreId storeId, ShipmentId id, String actor) {
		Shipment old = lockFollowed(storeId, id);
		Instant now = clock.instant();
		retire(old, actor, now);
		boolean heard = !queries.timeline(storeId, id).isEmpty();
		timeline.add(storeId, old.orderId(), now, "parcel", "Parcel " + old.trackingNumber() + " removed by " + actor
				+ (heard ? " (it had carrier events: kept, no longer followed)" : ""));
	}

	private Shipment lockFollowed(StoreId storeId, ShipmentId id) {
		boolean followed = jdbc.sql("""
				select id from tracking.shipment
				where store_id = :store and id = :id and retired_at is null for no key update""")
			.param("store", storeId.value())
			.param("id", id.value())
			.query(UUID.class)
			.optional()
			.isPresent();
		if (!followed) {
			throw new NotFoundException("shipment");
		}
		return queries.find(storeId, id).orElseThrow(() -> new NotFoundException("shipment"));
	}

	private void retire(Shipment old, String actor, Instant now) {
		jdbc.sql("""
				update tracking.shipment set retired_at = :now, retired_by = :actor, version = version + 1,
				  updated_at = :now
				where id = :id""")
			.param("now", Timestamp.from(now))
			.param("actor", actor)
			.param("id", old.id().value())
			.update();
		jdbc.sql("delete from tracking.poll_schedule where shipment_id = :id").param("id", old.id().value()).update();
		if (old.fulfilmentId() == null) {
			intake.recordFulfilment(old.storeId(), old.orderId(),
					new FulfilmentSubmission(ShipmentTracker.OWN_FULFILMENT + old.id().value(), "cancelled",
							old.carrier(), List.of(old.trackingNumber()), List.of(), null, List.of(), now));
		}
	}

}
