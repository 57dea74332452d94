package org.aftersale.notifications;

import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.Order;
import org.aftersale.orders.OrderId;
import org.aftersale.tracking.Shipment;
import org.aftersale.tracking.ShipmentId;
import org.jspecify.annotations.Nullable;

/**
 * What a message is to say and to whom, for composing it.
 *
 * @param shipmentIds the parcels it is about: none for order-level triggers, one
 * normally, several for a digest
 * @param unsubscribeUrl the one-click unsubscribe link, for marketing e-mail
 * @param order the order when the sender has read it already, with the other orders of
 * its batch
 * @param shipments parcels the sender has read already, with the others of its batch
 */
public record MessageContext(StoreId storeId, Trigger trigger, Channel channel, Locale locale, OrderId orderId,
		List<UUID> shipmentIds, String recipient, @Nullable String unsubscribeUrl, @Nullable Order order,
		Map<ShipmentId, Shipment> shipments) {

}
