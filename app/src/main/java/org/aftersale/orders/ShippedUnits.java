package org.aftersale.orders;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Units of one line item in a fulfilment, as carried by {@link FulfilmentCreated}.
 */
public record ShippedUnits(UUID lineId, @Nullable String sku, long quantity) {

}
