package org.aftersale.tracking.page;

import org.aftersale.stores.ShopperText;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.aftersale.orders.LineItem;
import org.aftersale.tracking.Carrier;
import org.aftersale.tracking.CarrierDetector;
import org.aftersale.tracking.EventLocation;
import org.aftersale.tracking.Shipment;
import org.aftersale.tracking.ShipmentStatus;
import org.aftersale.tracking.ShipmentSubStatus;
import org.aftersale.tracking.TrackingEvent;
import org.jspecify.annotations.Nullable;

/**
 * Turns a shipment and its events into what the shopper reads, in one language and zone.
 */
final class ShipmentParts {

	private final ShopperText text;

	private final ZoneId zone;

	private final CarrierDetector carriers;

	private final DateTimeFormatter dateTime;

	private final DateTimeFormatter date;

	ShipmentParts(ShopperText text, ZoneId zone, CarrierDetector carriers) {
		this.text = text;
		this.zone = zone;
		this.carriers = carriers;
		this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(text.locale())
			.withZone(zone);
		this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(text.locale());
	}

	PageShipment of(Shipment shipment, List<TrackingEvent> events, Map<UUID, LineItem> lines) {
		Optional<Carrier> carrier = Optional.ofNullable(shipment.carrier()).flatMap(carriers::carrier);
		String carrierName = carrier.map(Carrier::name)
			.orElse(shipment.carrier() == null ? text.get("tracking.carrier.unknown") : shipment.carrier());
		String url = SafeUrl.isHttpOrHttps(shipment.trackingUrl()) ? shipment.trackingUrl()
				: carrier.map(c -> c.trackingUrl(shipment.trackingNumber())).orElse(null);
		ShipmentStatus status = shipment.status();
		ShipmentSubStatus sub = shipment.subStatus();
		boolean problem = status == ShipmentStatus.EXCEPTION || status == ShipmentStatus.FAILED_ATTEMPT
				|| sub == ShipmentSubStatus.RETURNING_TO_SENDER || sub == ShipmentSubStatus.RETURNED_TO_SENDER;
		List<PageItem> items = shipment.lines()
			.stream()
			.filter(line -> lines.containsKey(line.orderLineId()))
			.map(line -> TrackingPageAssembler.item(lines.get(line.orderLineId()), line.quantity()))
			.toList();
		return new PageShipment(carrierName, url, shipment.trackingNumber(), step(status),
				text.get("tracking.status." + status.wireName()), problem, explanation(status, sub, problem),
				status == ShipmentStatus.DELIVERED || shipment.estimatedDelivery() == null ? null
						: date.format(shipment.estimatedDelivery()),
				shipment.deliveredAt() == null ? null : dateTime.format(shipment.deliveredAt()),
				events.stream().map(this::event).toList(), items);
	}

	/**
	 * The step of the five-step bar. A shipment with a tracking number has left the
	 * merchant, so it is at least "shipped"; a problem keeps the step the parcel reached.
	 */
	static int step(ShipmentStatus status) {
		return switch (status) {
			case PENDING, INFO_RECEIVED -> 1;
			case IN_TRANSIT, EXCEPTION, EXPIRED -> 2;
			case OUT_FOR_DELIVERY, AVAILABLE_FOR_PICKUP, FAILED_ATTEMPT -> 3;
			case DELIVERED -> PageShipment.DELIVERED_STEP;
		};
	}

	// Problems always get a sentence; a delivery gets one when it says where the parcel
	// went (neighbour, locker...), which is where shoppers otherwise start searching.
	private @Nullable String explanation(ShipmentStatus status, @Nullable ShipmentSubStatus sub, boolean problem) {
		if (!problem) {
			return status == ShipmentStatus.DELIVERED && sub != null && sub != ShipmentSubStatus.OTHER
					? text.get("tracking.problem." + sub.wireName()) : null;
		}
		if (sub != null && sub != ShipmentSubStatus.OTHER) {
			return text.get("tracking.problem." + sub.wireName());
		}
		return text.get(
				status == ShipmentStatus.FAILED_ATTEMPT ? "tracking.problem.failed_attempt" : "tracking.problem.other");
	}

	private PageEvent event(TrackingEvent event) {
		return new PageEvent(dateTime.format(event.occurredAt()),
				event.occurredAt().atZone(zone).toOffsetDateTime().toString(), event.description(),
				place(event.location()));
	}

	private static @Nullable String place(@Nullable EventLocation location) {
		if (location == null) {
			return null;
		}
		String joined = String.join(", ",
				java.util.stream.Stream.of(location.city(), location.region(), location.country())
					.filter(part -> part != null && !part.isBlank())
					.toList());
		return joined.isEmpty() ? null : joined;
	}

}
