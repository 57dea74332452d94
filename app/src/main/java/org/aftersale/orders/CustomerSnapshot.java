package org.aftersale.orders;

import org.jspecify.annotations.Nullable;

/**
 * The customer as they were when they ordered; the customers capability keeps the living
 * record.
 *
 * @param emailMarketingConsent whether the shopper agreed to marketing e-mail in the
 * shop: {@code false} when they declined or withdrew, {@code null} when the shop did not
 * say
 * @param smsMarketingConsent the same for marketing texts
 */
public record CustomerSnapshot(String email, @Nullable String firstName, @Nullable String lastName,
		@Nullable String phone, @Nullable Boolean emailMarketingConsent, @Nullable Boolean smsMarketingConsent) {

	public String fullName() {
		String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
		return name.isEmpty() ? email : name;
	}

}
