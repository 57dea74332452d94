package org.aftersale.returns;

import java.time.Instant;
import java.util.UUID;

import org.aftersale.kernel.Money;
import org.jspecify.annotations.Nullable;

/**
 * A return's label: bought from a provider or uploaded by the merchant.
 *
 * @param source the provider's name ({@code easypost}) or {@code upload}
 * @param reference the provider's id of the shipment, to void it or read it again
 * @param labelUrl where a bought label is; an uploaded one is served by Aftersale
 * @param problem why the last attempt to buy it failed, for the team
 */
public record ReturnLabel(UUID returnId, String source, Status status, @Nullable String reference,
		@Nullable String carrier, @Nullable String service, @Nullable String trackingNumber, @Nullable String labelUrl,
		@Nullable String qrCodeUrl, @Nullable Money cost, @Nullable String fileType, @Nullable UUID shipmentId,
		@Nullable String problem, int attempts, Instant updatedAt) {

	public static final String UPLOAD = "upload";

	public enum Status {

		/** Described to the provider, not paid for yet. */
		PREPARED,
		/** Paid for (or uploaded): the shopper can use it. */
		BOUGHT,
		/** The last attempt failed; see the problem. */
		FAILED,
		/** Postage asked back: the return lapsed or was cancelled. */
		VOIDED

	}

	public boolean usable() {
		return status == Status.BOUGHT;
	}

	public boolean uploaded() {
		return UPLOAD.equals(source);
	}

}
