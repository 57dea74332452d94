package org.aftersale.tracking.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.aftersale.tracking.EventLocation;
import org.aftersale.tracking.Shipment;
import org.aftersale.tracking.TrackingEvent;
import org.jspecify.annotations.Nullable;

/**
 * A shipment as the API shows it; {@code events} only on the single-shipment read, newest
 * first.
 */
record ShipmentJson(UUID id, UUID orderId, @Nullable UUID fulfilmentId, @Nullable String carrier,
		@Nullable String service, String trackingNumber, @Nullable String trackingUrl, String status,
		@Nullable String subStatus, @Nullable Instant shippedAt, @Nullable LocalDate estimatedDelivery,
		@Nullable LastEvent lastEvent, @Nullable Instant deliveredAt, @Nullable String signedBy,
		@Nullable String proofOfDeliveryUrl, List<LineJson> lineItems, Instant createdAt, Instant updatedAt,
		@Nullable List<EventJson> events) {

	record LastEvent(String description, Instant occurredAt) {
	}

	record LineJson(UUID orderLineId, @Nullable String sku, long quantity) {
	}

	/** {@code localTime} is the event's time with the offset the carrier gave. */
	record EventJson(long id, Instant occurredAt, @Nullable String localTime, boolean zoneGuessed, String status,
			@Nullable String subStatus, @Nullable String code, String description, @Nullable EventLocation location,
			String source, Instant receivedAt) {

		static EventJson of(TrackingEvent e) {
			ZoneOffset offset = e.originalOffset();
			return new EventJson(e.id(), e.occurredAt(),
					offset == null ? null : e.occurredAt().atOffset(offset).toString(), e.zoneGuessed(),
					e.status().wireName(), e.subStatus() == null ? null : e.subStatus().wireName(), e.code(),
					e.description(), e.location(), e.source(), e.receivedAt());
		}

	}

	static ShipmentJson of(Shipment s) {
		return of(s, null);
	}

	static ShipmentJson of(Shipment s, @Nullable List<TrackingEvent> events) {
		LastEvent last = s.lastEventAt() == null ? null
				: new LastEvent(String.valueOf(s.lastEventDescription()), s.lastEventAt());
		return new ShipmentJson(s.id().value(), s.orderId().value(), s.fulfilmentId(), s.carrier(), s.service(),
				s.trackingNumber(), s.trackingUrl(), s.status().wireName(),
				s.subStatus() == null ? null : s.subStatus().wireName(), s.shippedAt(), s.estimatedDelivery(), last,
				s.deliveredAt(), s.signedBy(), s.proofOfDeliveryUrl(),
				s.lines().stream().map(l -> new LineJson(l.orderLineId(), l.sku(), l.quantity())).toList(),
				s.createdAt(), s.updatedAt(), events == null ? null : events.stream().map(EventJson::of).toList());
	}

}
