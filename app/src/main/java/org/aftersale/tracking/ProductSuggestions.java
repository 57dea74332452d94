package org.aftersale.tracking;

import java.util.List;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;

/**
 * Fills the "you may also like" block of the tracking page. Tracking ships the store's
 * best sellers as the fallback, ordered last; a recommendations capability replaces it by
 * providing a bean of this type, and the page uses the first in order.
 */
public interface ProductSuggestions {

	/**
	 * At most {@code limit} products for the shopper of this order, best first, none of
	 * them in the order itself. Empty hides the block.
	 */
	List<SuggestedProduct> suggestFor(StoreId storeId, OrderId orderId, List<String> skusInOrder, int limit);

}
