package org.aftersale.tracking;

import java.util.Locale;

import org.aftersale.orders.OrderTimeline;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes each parcel's milestones (out for delivery, a failed attempt, ready for pickup,
 * delivered, an exception with what the carrier said) into its order's timeline, in the
 * transaction that applied the carrier events: the timeline never shows a milestone the
 * parcel does not have, nor misses one it has. Ordinary progress (in transit) is left
 * out: it is the parcel's own history, one click away.
 */
@Component
class ParcelMilestones {

	private final OrderTimeline timeline;

	ParcelMilestones(OrderTimeline timeline) {
		this.timeline = timeline;
	}

	@EventListener
	void on(ShipmentProgressRecorded batch) {
		for (ShipmentStatusChanged change : batch.statusChanges()) {
			String what = switch (change.to()) {
				case OUT_FOR_DELIVERY -> "out for delivery";
				case FAILED_ATTEMPT -> "delivery attempted, nobody there";
				case AVAILABLE_FOR_PICKUP -> "ready for pickup";
				default -> null;
			};
			if (what != null) {
				timeline.add(batch.storeId(), change.orderId(), change.occurredAt(), "parcel",
						parcel(change.carrier(), change.trackingNumber()) + " " + what);
			}
		}
		for (ShipmentDelivered delivered : batch.deliveries()) {
			timeline.add(batch.storeId(), delivered.orderId(), delivered.deliveredAt(), "parcel",
					parcel(delivered.carrier(), delivered.trackingNumber()) + " delivered"
							+ (delivered.signedBy() == null ? "" : ", signed by " + delivered.signedBy()));
		}
		for (ShipmentException exception : batch.exceptions()) {
			timeline.add(batch.storeId(), exception.orderId(), exception.occurredAt(), "parcel",
					parcel(exception.carrier(), exception.trackingNumber()) + ": exception"
							+ (exception.description().isBlank() ? "" : ", \"" + exception.description() + "\""));
		}
	}

	/** "Parcel 1Z… (UPS)": how the order's timeline names a parcel. */
	static String parcel(@Nullable String carrier, String trackingNumber) {
		return "Parcel " + number(carrier, trackingNumber);
	}

	/** "1Z… (UPS)": the number with its carrier, when known. */
	static String number(@Nullable String carrier, String trackingNumber) {
		return trackingNumber
				+ (carrier == null || carrier.isEmpty() ? "" : " (" + carrier.toUpperCase(Locale.ROOT) + ")");
	}

}
