package org.aftersale.orders;

import java.util.List;

/**
 * The repository's batch insert of orders new to the store, in hand-written SQL: order
 * intake is the hottest write path (see ADR 15).
 */
interface NewOrders {

	/**
	 * Inserts the orders, which must carry no fulfilments or refunds yet, and marks them
	 * stored; an order whose shop keys are taken already is left out.
	 * @return for each order, whether it went in
	 */
	boolean[] insertNew(List<Order> orders);

}
