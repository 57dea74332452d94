package org.aftersale.webhooks;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A page of a subscription's deliveries, newest first.
 *
 * @param nextCursor where the next (older) page starts; {@code null} on the last page
 */
public record DeliveryPage(List<Delivery> items, @Nullable String nextCursor) {

}
