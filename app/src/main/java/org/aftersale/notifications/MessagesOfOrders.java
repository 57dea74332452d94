package org.aftersale.notifications;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
		return messages.ofOrder(storeId, orderId).stream().map(MessagesOfOrders::shown).toList();
	}

	@Override
	public Map<OrderId, List<OrderMessage>> of(StoreId storeId, Collection<OrderId> orderIds) {
		Map<OrderId, List<OrderMessage>> byOrder = new LinkedHashMap<>();
		for (Message message : messages.ofOrders(storeId, orderIds)) {
			byOrder.computeIfAbsent(message.orderId(), id -> new ArrayList<>()).add(shown(message));
		}
		return byOrder;
	}

	private static OrderMessage shown(Message m) {
		return new OrderMessage(m.id(), m.trigger().wireName(), m.channel().wireName(), m.maskedRecipient(),
				m.status().wireName(), m.dueAt(), m.sentAt(), m.deliveredAt(), m.providerId(), m.lastError());
	}

}
