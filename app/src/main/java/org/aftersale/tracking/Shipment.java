package org.aftersale.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One parcel of an order, followed through its carrier events. Its status is derived by
 * {@link TrackingState} from the events in the order they happened; only this class
 * changes it, and each change registers the domain events listed on
 * {@link ShipmentTracker}.
 */
@Table(schema = "tracking", name = "shipment")
public class Shipment {

	@Id
	private final UUID id;

	@Version
	private @Nullable Integer version;

	private final UUID storeId;

	private final UUID orderId;

	private final @Nullable UUID fulfilmentId;

	private final String carrier;

	private final @Nullable String service;

	private final String trackingNumber;

	private final String trackingNumberNormalized;

	private final @Nullable String trackingUrl;

	private final @Nullable Instant shippedAt;

	private @Nullable LocalDate estimatedDelivery;

	private ShipmentStatus status;

	private @Nullable ShipmentSubStatus subStatus;

	private @Nullable Instant statusSince;

	private @Nullable Instant lastEventAt;

	private @Nullable String lastEventDescription;

	private @Nullable Instant deliveredAt;

	private @Nullable String signedBy;

	private @Nullable String proofOfDeliveryUrl;

	private final ShipmentDirection direction;

	private final Instant createdAt;

	private Instant updatedAt;

	@MappedCollection(idColumn = "shipment_id", keyColumn = "position")
	private final List<ShipmentLine> lines;

	@Transient
	private final List<Object> events = new ArrayList<>();

	Shipment(UUID id, @Nullable Integer version, UUID storeId, UUID orderId, @Nullable UUID fulfilmentId,
			String carrier, @Nullable String service, String trackingNumber, String trackingNumberNormalized,
			@Nullable String trackingUrl, @Nullable Instant shippedAt, @Nullable LocalDate estimatedDelivery,
			ShipmentStatus status, @Nullable ShipmentSubStatus subStatus, @Nullable Instant statusSince,
			@Nullable Instant lastEventAt, @Nullable String lastEventDescription, @Nullable Instant deliveredAt,
			@Nullable String signedBy, @Nullable String proofOfDeliveryUrl, ShipmentDirection direction,
			Instant createdAt, Instant updatedAt, List<ShipmentLine> lines) {
		this.direction = direction;
		this.id = id;
		this.version = version;
		this.storeId = storeId;
		this.orderId = orderId;
		this.fulfilmentId = fulfilmentId;
		this.carrier = carrier;
		this.service = service;
		this.trackingNumber = trackingNumber;
		this.trackingNumberNormalized = trackingNumberNormalized;
		this.trackingUrl = trackingUrl;
		this.shippedAt = shippedAt;
		this.estimatedDelivery = estimatedDelivery;
		this.status = status;
		this.subStatus = subStatus;
		this.statusSince = statusSince;
		this.lastEventAt = lastEventAt;
		this.lastEventDescription = lastEventDescription;
		this.deliveredAt = deliveredAt;
		this.signedBy = signedBy;
		this.proofOfDeliveryUrl = proofOfDeliveryUrl;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.lines = new ArrayList<>(lines);
	}

	static Shipment track(StoreId storeId, OrderId orderId, ShipmentSubmission s, TrackingNumber number,
			List<ShipmentLine> lines, Instant now, @Nullable ShipmentId replaces) {
		Shipment shipment = new Shipment(UUID.randomUUID(), null, storeId.value(), orderId.value(), s.fulfilmentId(),
				s.carrier() == null ? "" : s.carrier(), s.service(), number.display(), number.normalized(),
				s.trackingUrl(), s.shippedAt(), s.estimatedDelivery(), ShipmentStatus.PENDING, null, null, null, null,
				null, null, null, ShipmentDirection.OUTBOUND, now, now, lines);
		shipment.events.add(new ShipmentCreated(storeId, shipment.id(), orderId, s.fulfilmentId(), number.display(),
				shipment.carrier(), s.trackingUrl(), s.shippedAt(), now, replaces));
		return shipment;
	}

	/**
	 * A parcel coming back to the store, on its return label: followed like any parcel,
	 * but announced only as {@link ReturnParcelMoved}.
	 */
	static Shipment trackReturn(StoreId storeId, OrderId orderId, @Nullable String carrier, TrackingNumber number,
			@Nullable String trackingUrl, Instant now) {
		return new Shipment(UUID.randomUUID(), null, storeId.value(), orderId.value(), null,
				carrier == null ? "" : carrier, null, number.display(), number.normalized(), trackingUrl, null, null,
				ShipmentStatus.PENDING, null, null, null, null, null, null, null, ShipmentDirection.RETURN, now, now,
				List.of());
	}

	/**
	 * Follows newly stored carrier events.
	 * @param wholeHistory whether {@code events} is every event of the shipment (needed
	 * when some happened before the last one seen) or only the new ones
	 * @return whether the shipment's state changed
	 */
	boolean follow(List<CarrierEvent> events, boolean wholeHistory, Instant now) {
		TrackingState before = state();
		TrackingState start = wholeHistory ? TrackingState.initial(estimatedDelivery) : before;
		TrackingState after = start.then(events);
		if (after.equals(before)) {
			return false;
		}
		apply(after);
		updatedAt = now;
		announce(before, after, now);
		return true;
	}

	/** Whether new events can be applied on top of the stored state. */
	boolean isAfterLatest(List<CarrierEvent> events) {
		return state().precedes(events);
	}

	private void announce(TrackingState before, TrackingState after, Instant now) {
		StoreId store = storeId();
		Instant at = after.statusSince() == null ? now : after.statusSince();
		if (direction == ShipmentDirection.RETURN) {
			if (before.status() != after.status()) {
				events.add(new ReturnParcelMoved(store, id(), orderId(), before.status(), after.status(), at,
						after.deliveredAt(), trackingNumber, carrier()));
			}
			return;
		}
		if (before.status() != after.status()) {
			events.add(new ShipmentStatusChanged(store, id(), orderId(), before.status(), after.status(),
					after.subStatus(), at, trackingNumber, carrier()));
			if (after.status() == ShipmentStatus.DELIVERED && after.deliveredAt() != null) {
				events.add(new ShipmentDelivered(store, id(), orderId(), after.deliveredAt(), after.subStatus(),
						after.signedBy(), trackingNumber, carrier()));
			}
		}
		boolean newException = after.status() == ShipmentStatus.EXCEPTION
				&& (before.status() != after.status() || !Objects.equals(before.subStatus(), after.subStatus()));
		if (newException) {
			events.add(new ShipmentException(store, id(), orderId(), after.subStatus(),
					String.valueOf(after.lastEventDescription()), at, trackingNumber, carrier()));
		}
		if (!Objects.equals(before.estimatedDelivery(), after.estimatedDelivery())) {
			events.add(new DeliveryEstimateChanged(store, id(), orderId(), before.estimatedDelivery(),
					after.estimatedDelivery(), now));
		}
	}

	private void apply(TrackingState s) {
		status = s.status();
		subStatus = s.subStatus();
		statusSince = s.statusSince();
		lastEventAt = s.lastEventAt();
		lastEventDescription = s.lastEventDescription();
		deliveredAt = s.deliveredAt();
		signedBy = s.signedBy();
		estimatedDelivery = s.estimatedDelivery();
	}

	TrackingState state() {
		return new TrackingState(status, subStatus, statusSince, lastEventAt, lastEventDescription, deliveredAt,
				signedBy, estimatedDelivery);
	}

	public ShipmentId id() {
		return new ShipmentId(id);
	}

	public StoreId storeId() {
		return new StoreId(storeId);
	}

	public OrderId orderId() {
		return new OrderId(orderId);
	}

	public @Nullable UUID fulfilmentId() {
		return fulfilmentId;
	}

	/** Our carrier code, {@code null} while it is not known. */
	public @Nullable String carrier() {
		return carrier.isEmpty() ? null : carrier;
	}

	public @Nullable String service() {
		return service;
	}

	public String trackingNumber() {
		return trackingNumber;
	}

	public String trackingNumberNormalized() {
		return trackingNumberNormalized;
	}

	public @Nullable String trackingUrl() {
		return trackingUrl;
	}

	public @Nullable Instant shippedAt() {
		return shippedAt;
	}

	/** The carrier's promised delivery date, when it gave one. */
	public @Nullable LocalDate estimatedDelivery() {
		return estimatedDelivery;
	}

	public ShipmentStatus status() {
		return status;
	}

	public @Nullable ShipmentSubStatus subStatus() {
		return subStatus;
	}

	public @Nullable Instant statusSince() {
		return statusSince;
	}

	public @Nullable Instant lastEventAt() {
		return lastEventAt;
	}

	public @Nullable String lastEventDescription() {
		return lastEventDescription;
	}

	/** Set exactly while the status is {@code delivered}. */
	public @Nullable Instant deliveredAt() {
		return deliveredAt;
	}

	public @Nullable String signedBy() {
		return signedBy;
	}

	public @Nullable String proofOfDeliveryUrl() {
		return proofOfDeliveryUrl;
	}

	public ShipmentDirection direction() {
		return direction;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public List<ShipmentLine> lines() {
		return List.copyOf(lines);
	}

	@Nullable Integer version() {
		return version;
	}

	@DomainEvents
	Collection<Object> domainEvents() {
		return List.copyOf(events);
	}

	@AfterDomainEventPublication
	void clearEvents() {
		events.clear();
	}

}
