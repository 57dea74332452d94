package org.aftersale.orders;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A parcel (or several under one fulfilment) the shop sent for the order, with its
 * tracking numbers as the shop reported them. The tracking capability turns each tracking
 * number into a tracked shipment.
 */
@Table(schema = "orders", name = "fulfilment")
public record Fulfilment(UUID fulfilmentId, @Nullable String externalId, String status,
		@Nullable String trackingCompany, String trackingNumbers, String trackingUrls, @Nullable String shipmentStatus,
		Instant createdAt, Instant updatedAt) {

	public List<String> trackingNumberList() {
		return split(trackingNumbers);
	}

	public List<String> trackingUrlList() {
		return split(trackingUrls);
	}

	static List<String> split(String joined) {
		return joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
	}

	/**
	 * Whether the other says the same about the parcel (status, carrier, numbers, links).
	 */
	boolean sameContentAs(Fulfilment other) {
		return status.equals(other.status) && java.util.Objects.equals(trackingCompany, other.trackingCompany)
				&& trackingNumbers.equals(other.trackingNumbers) && trackingUrls.equals(other.trackingUrls)
				&& java.util.Objects.equals(shipmentStatus, other.shipmentStatus);
	}

}
