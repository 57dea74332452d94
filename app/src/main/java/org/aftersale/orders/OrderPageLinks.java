package org.aftersale.orders;

import java.util.Optional;

import org.aftersale.kernel.StoreId;

/**
 * The shopper's own page of an order (a signed link), for the merchant to copy or open:
 * provided by the capability that serves that page, so orders need not know it.
 */
public interface OrderPageLinks {

	Optional<String> shopperLink(StoreId storeId, OrderId orderId);

}
