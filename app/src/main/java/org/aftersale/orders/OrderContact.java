package org.aftersale.orders;

import org.jspecify.annotations.Nullable;

/**
 * What a shopper can prove they know about an order, for self-service look-ups: the
 * e-mail and shipping postal code as stored, without the rest of the order.
 */
public record OrderContact(OrderId orderId, String number, @Nullable String email, @Nullable String postalCode) {

}
