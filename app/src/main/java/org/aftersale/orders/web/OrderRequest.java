package org.aftersale.orders.web;

import java.time.OffsetDateTime;
import java.util.List;

import org.aftersale.kernel.Address;
import org.aftersale.orders.OrderSubmission;
import org.aftersale.platform.DecimalString;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The body of {@code POST /api/v1/orders}, as the public contract defines it.
 */
record OrderRequest(@Nullable String externalId, @Nullable String source, @Nullable String number,
		@Nullable OffsetDateTime placedAt, @Nullable String currency, @Nullable CustomerJson customer,
		@Nullable AddressJson shippingAddress, @Nullable List<LineJson> lineItems, @Nullable TotalsJson totals,
		@Nullable String financialStatus, @Nullable OffsetDateTime updatedAt, @Nullable OffsetDateTime cancelledAt,
		@Nullable String cancelReason) {

	record CustomerJson(@Nullable String email, @Nullable String firstName, @Nullable String lastName,
			@Nullable String phone, @Nullable Boolean emailMarketingConsent, @Nullable Boolean smsMarketingConsent) {
	}

	record AddressJson(@Nullable String name, @Nullable String line1, @Nullable String line2, @Nullable String city,
			@Nullable String region, @Nullable String postalCode, @Nullable String country) {
	}

	record LineJson(@Nullable String externalId, @Nullable String sku, @Nullable String title,
			@Nullable String variantTitle, @Nullable Long quantity,
			@JsonDeserialize(using = DecimalString.class) @Nullable String unitPrice,
			@JsonDeserialize(using = DecimalString.class) @Nullable String discount,
			@JsonDeserialize(using = DecimalString.class) @Nullable String tax, @Nullable String productId,
			@Nullable String variantId, @Nullable String imageUrl, @Nullable List<String> tags,
			@Nullable String productType) {
	}

	record TotalsJson(@JsonDeserialize(using = DecimalString.class) @Nullable String subtotal,
			@JsonDeserialize(using = DecimalString.class) @Nullable String shipping,
			@JsonDeserialize(using = DecimalString.class) @Nullable String tax,
			@JsonDeserialize(using = DecimalString.class) @Nullable String discount,
			@JsonDeserialize(using = DecimalString.class) @Nullable String total, @Nullable Boolean taxesIncluded) {
	}

	@SuppressWarnings("NullAway")
	OrderSubmission toSubmission() {
		return new OrderSubmission(source == null || source.isBlank() ? "api" : source.strip(), externalId, number,
				placedAt == null ? null : placedAt.toInstant(), currency,
				customer == null ? null
						: new OrderSubmission.Customer(customer.email(), customer.firstName(), customer.lastName(),
								customer.phone(), customer.emailMarketingConsent(), customer.smsMarketingConsent()),
				shippingAddress == null ? null : new Address(shippingAddress.name(), shippingAddress.line1(),
						shippingAddress.line2(), shippingAddress.city(), shippingAddress.region(),
						shippingAddress.postalCode(), shippingAddress.country()),
				lineItems == null ? null
						: lineItems.stream()
							.map(l -> l == null ? null
									: new OrderSubmission.Line(l.externalId(), l.sku(), l.title(), l.variantTitle(),
											l.quantity() == null ? 0 : l.quantity(), l.unitPrice(), l.discount(),
											l.tax(), l.productId(), l.variantId(), l.imageUrl(),
											l.tags() == null ? List.of() : l.tags(), l.productType()))
							.toList(),
				totals == null ? null
						: new OrderSubmission.Totals(orZero(totals.subtotal()), orZero(totals.shipping()),
								orZero(totals.tax()), orZero(totals.discount()), totals.total(),
								Boolean.TRUE.equals(totals.taxesIncluded())),
				financialStatus, updatedAt == null ? null : updatedAt.toInstant(),
				cancelledAt == null ? null : cancelledAt.toInstant(), cancelReason);
	}

	private static String orZero(@Nullable String amount) {
		return amount == null ? "0" : amount;
	}

}
