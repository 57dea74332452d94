package org.aftersale.notifications;

import java.util.List;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;
import org.aftersale.orders.OrderMessage;
import org.aftersale.orders.OrderMessages;

import org.springframework.stereotype.Component;

/**
 * Shows the delivery log of an order on the order page through the SPI that orders
 * publishes ({@link OrderMessages}). Recipients leave this module masked only.
 */
@Component
class MessagesOfOrders implements OrderMessages {

	private final Messages messages;

	MessagesOfOrders(Messages messages) {
		this.messages = messages;
	}

	@Override
	public List<OrderMessage> of(StoreId storeId, OrderId orderId) {
		return messages.ofOrder(storeId, orderId)
			.stream()
			.map(m -> new OrderMessage(m.id(), m.trigger().wireName(), m.channel().wireName(), m.maskedRecipient(),
					m.status().wireName(), m.dueAt(), m.sentAt(), m.deliveredAt(), m.providerId(), m.lastError()))
			.toList();
	}

}
