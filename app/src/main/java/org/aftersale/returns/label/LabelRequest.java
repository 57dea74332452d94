package org.aftersale.returns.label;

import org.aftersale.kernel.Address;
import org.jspecify.annotations.Nullable;

/**
 * A label for a parcel from the shopper back to the store.
 *
 * @param reference our name for it, printed on the label (the return's number)
 * @param shopper where the parcel starts: the order's shipping address
 * @param store where it goes: the return's destination
 * @param weightOunces the parcel's weight as the store estimates returns weigh
 * @param carriers the carriers the store accepts, lower case; empty for any
 * @param qrCode whether the shopper wants a QR code to show at a drop-off point instead
 * of a printed label
 */
public record LabelRequest(String reference, Address shopper, @Nullable String shopperEmail, Address store,
		@Nullable String storePhone, double weightOunces, java.util.List<String> carriers, boolean qrCode) {

}
