package org.aftersale.customers.web;

import java.time.OffsetDateTime;
import java.util.List;

import org.aftersale.customers.CustomerSubmission;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/v1/customers}. {@code updatedAt} is when the shop last
 * changed the customer, as for orders.
 */
record CustomerRequest(@Nullable String source, @Nullable String externalId, @Nullable String email,
		@Nullable String firstName, @Nullable String lastName, @Nullable String phone,
		@Nullable Boolean acceptsMarketing, @Nullable List<String> tags, @Nullable OffsetDateTime updatedAt) {

	@SuppressWarnings("NullAway")
	CustomerSubmission toSubmission() {
		return new CustomerSubmission(source == null || source.isBlank() ? "api" : source.strip(), externalId, email,
				firstName, lastName, phone, Boolean.TRUE.equals(acceptsMarketing), tags == null ? List.of() : tags,
				updatedAt == null ? null : updatedAt.toInstant());
	}

}
