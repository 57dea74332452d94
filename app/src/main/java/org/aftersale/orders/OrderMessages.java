package org.aftersale.orders;

import java.util.List;

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

}
