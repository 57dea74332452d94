package org.aftersale.tracking.sources;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.aftersale.tracking.CarrierEvent;
import org.aftersale.tracking.ShipmentStatus;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** UPS Track API v1: {@code trackResponse.shipment[].package[].activity[]}. */
public final class UpsEvents {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private UpsEvents() {
	}

	public static List<CarrierEvent> fromTrackResponse(JsonNode response) {
		List<CarrierEvent> events = new ArrayList<>();
		for (JsonNode shipment : response.path("trackResponse").path("shipment")) {
			for (JsonNode pkg : shipment.path("package")) {
				events.addAll(fromPackage(pkg, JsonFields.textOr(shipment, "inquiryNumber", "")));
			}
		}
		return List.copyOf(events);
	}

	private static List<CarrierEvent> fromPackage(JsonNode pkg, String inquiryNumber) {
		String trackingNumber = JsonFields.textOr(pkg, "trackingNumber", inquiryNumber);
		String receivedBy = JsonFields.text(pkg.path("deliveryInformation"), "receivedBy");
		List<CarrierEvent> events = JsonFields.elements(pkg.path("activity"))
			.stream()
			.map(activity -> toEvent(activity, trackingNumber, receivedBy))
			.toList();
		return Snapshots.withEstimateOnNewest(events, scheduledDelivery(pkg));
	}

	private static CarrierEvent toEvent(JsonNode activity, String trackingNumber, @Nullable String receivedBy) {
		JsonNode status = activity.path("status");
		String type = JsonFields.textOr(status, "type", "");
		String description = JsonFields.textOr(status, "description", type);
		StatusMapping mapping = UpsCodes.map(type, description);
		JsonNode address = activity.path("location").path("address");
		String country = JsonFields.text(address, "countryCode");
		EventTime time = time(activity, country);
		return new CarrierEvent(trackingNumber, "ups", mapping.status(), mapping.subStatus(),
				type + "/" + JsonFields.textOr(status, "code", ""), description, time.occurredAt(),
				time.originalOffset(), time.zoneGuessed(),
				JsonFields.location(JsonFields.text(address, "city"), JsonFields.text(address, "stateProvince"),
						JsonFields.text(address, "postalCode"), country),
				(mapping.status() == ShipmentStatus.DELIVERED) ? receivedBy : null, null, "ups",
				JsonFields.raw(activity));
	}

	/**
	 * {@code date}/{@code time} are local without zone. Newer responses add
	 * {@code gmtDate}/{@code gmtTime}/{@code gmtOffset}; the spec's own example
	 * {@code gmtTime "74700"} drops the leading zero, hence the padding.
	 */
	private static EventTime time(JsonNode activity, @Nullable String country) {
		String gmtDate = JsonFields.text(activity, "gmtDate");
		String gmtTime = JsonFields.text(activity, "gmtTime");
		if (gmtDate != null && gmtTime != null) {
			LocalDateTime utc = LocalDateTime.parse(gmtDate + pad(gmtTime), DATE_TIME);
			ZoneOffset offset = JsonFields.offset(JsonFields.text(activity, "gmtOffset"));
			return new EventTime(utc.toInstant(ZoneOffset.UTC), offset, offset == null);
		}
		String date = JsonFields.text(activity, "date");
		if (date == null) {
			throw new IllegalArgumentException("UPS activity without date");
		}
		LocalDateTime local = LocalDateTime.parse(date + pad(JsonFields.textOr(activity, "time", "0")), DATE_TIME);
		return EventTime.guessed(local, country);
	}

	private static String pad(String hhmmss) {
		return "0".repeat(Math.max(0, 6 - hhmmss.length())) + hhmmss;
	}

	/** The scheduled or rescheduled date; {@code DEL} is a fact, not a promise. */
	private static @Nullable LocalDate scheduledDelivery(JsonNode pkg) {
		LocalDate found = null;
		for (JsonNode d : pkg.path("deliveryDate")) {
			String type = JsonFields.textOr(d, "type", "");
			String date = JsonFields.text(d, "date");
			if (date != null && date.length() == 8 && (type.equals("SDD") || type.equals("RDD"))) {
				found = LocalDate.parse(date, DateTimeFormatter.BASIC_ISO_DATE);
			}
		}
		return found;
	}

}
