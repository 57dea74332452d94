package org.aftersale.webhooks;

import java.util.UUID;

/**
 * Identifies a webhook delivery across Aftersale.
 */
public record DeliveryId(UUID value) {

	public static DeliveryId random() {
		return new DeliveryId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
