package org.aftersale.returns.label;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * How a store's return parcels are labelled: the provider, the weight a return parcel is
 * estimated at, the carriers allowed (empty for any) and whether a QR code is asked for.
 * The API key is kept sealed and is not part of this view.
 */
public record LabelAccount(String provider, BigDecimal weightOunces, List<String> carriers, boolean qrCode,
		Instant updatedAt) {

}
