package org.aftersale.orders;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.aftersale.kernel.StoreId;

/**
 * The repository's reads of many orders at once, in hand-written SQL with one statement
 * per table (see ADR 15).
 */
interface OrdersById {

	/** The store's orders among these, whole; others are absent. */
	Map<OrderId, Order> findAllInStore(StoreId storeId, Collection<OrderId> ids);

	/** Who the order's messages go to, from its row alone. */
	Optional<OrderAddressee> addressee(StoreId storeId, OrderId id);

}
