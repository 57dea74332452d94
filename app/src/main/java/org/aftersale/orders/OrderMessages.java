package org.aftersale.orders;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aftersale.kernel.StoreId;

/**
 * SPI through which a downstream capability (notifications) shows the messages it sent or
 * scheduled about an order on the order page, without orders depending on it. Without an
 * implementation the page simply shows no messages.
 */
public interface OrderMessages {

	/**
	 * The messages of one order of one store, oldest first; never another store's.
	 */
	List<OrderMessage> of(StoreId storeId, OrderId orderId);

	/**
	 * The messages of several orders of one store at once, by order; an order without
	 * messages may be absent. Implementations answer in one query.
	 */
	default Map<OrderId, List<OrderMessage>> of(StoreId storeId, Collection<OrderId> orderIds) {
		Map<OrderId, List<OrderMessage>> byOrder = new LinkedHashMap<>();
		orderIds.forEach(orderId -> byOrder.put(orderId, of(storeId, orderId)));
		return byOrder;
	}

}
