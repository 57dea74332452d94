package org.aftersale.webhooks;

import java.util.Locale;

/**
 * Where a delivery stands: {@code PENDING} until the receiver answers 2xx
 * ({@code DELIVERED}) or the attempts run out ({@code FAILED}). A resend makes it
 * {@code PENDING} again.
 */
public enum DeliveryStatus {

	PENDING, DELIVERED, FAILED;

	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

}
