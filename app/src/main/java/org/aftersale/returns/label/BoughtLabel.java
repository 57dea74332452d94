package org.aftersale.returns.label;

import org.aftersale.kernel.Money;
import org.jspecify.annotations.Nullable;

/**
 * A label that was paid for.
 *
 * @param reference the provider's id for the shipment, to void it or read it again
 * @param carrier the carrier as the provider names it ({@code USPS})
 * @param labelUrl where the printable label is
 * @param qrCodeUrl where the QR code for printerless drop-off is, when the carrier offers
 * one and it was asked for
 */
public record BoughtLabel(String reference, String carrier, @Nullable String service, String trackingNumber,
		String labelUrl, @Nullable String qrCodeUrl, Money cost) {

}
