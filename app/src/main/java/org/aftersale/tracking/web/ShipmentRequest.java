package org.aftersale.tracking.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.aftersale.kernel.FieldProblem;
import org.aftersale.kernel.InvalidInputException;
import org.aftersale.tracking.ShipmentSubmission;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/v1/orders/{id}/shipments}.
 */
record ShipmentRequest(@Nullable String trackingNumber, @Nullable String carrier, @Nullable String service,
		@Nullable String trackingUrl, @Nullable OffsetDateTime shippedAt, @Nullable LocalDate estimatedDelivery,
		@Nullable List<Item> lineItems) {

	static final Pattern CARRIER = Pattern.compile("[a-z0-9_]{1,32}");

	record Item(@Nullable String sku, @Nullable Long quantity) {
	}

	ShipmentSubmission toSubmission() {
		List<FieldProblem> problems = new ArrayList<>();
		if (trackingNumber == null || trackingNumber.isBlank()) {
			problems.add(new FieldProblem("trackingNumber", "is required"));
		}
		String code = carrier == null || carrier.isBlank() ? null : carrier.strip().toLowerCase(Locale.ROOT);
		if (code != null && !CARRIER.matcher(code).matches()) {
			problems.add(new FieldProblem("carrier", "must be a carrier code such as ups, fedex or royal_mail"));
		}
		if (service != null && service.length() > 64) {
			problems.add(new FieldProblem("service", "must be at most 64 characters"));
		}
		if (trackingUrl != null && !trackingUrl.matches("https?://\\S{1,2000}")) {
			problems.add(new FieldProblem("trackingUrl", "must be an http(s) URL"));
		}
		List<ShipmentSubmission.Item> items = new ArrayList<>();
		List<Item> given = lineItems == null ? List.of() : lineItems;
		for (int i = 0; i < given.size(); i++) {
			Item item = given.get(i);
			if (item == null || item.sku() == null || item.sku().isBlank()) {
				problems.add(new FieldProblem("lineItems[" + i + "].sku", "is required"));
			}
			else if (item.quantity() == null || item.quantity() < 1) {
				problems.add(new FieldProblem("lineItems[" + i + "].quantity", "must be at least 1"));
			}
			else {
				items.add(new ShipmentSubmission.Item(null, item.sku().strip(), item.quantity()));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new ShipmentSubmission(trackingNumber, code, service == null ? null : service.strip(), trackingUrl,
				shippedAt == null ? null : shippedAt.toInstant(), estimatedDelivery, null, items);
	}

}
