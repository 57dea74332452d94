package org.aftersale.orders;

import org.aftersale.kernel.Address;
import org.jspecify.annotations.Nullable;

/**
 * Who an order's messages go to and where they live: what deciding on a message needs
 * before anything about the order's contents, read from the order's row alone.
 */
public record OrderAddressee(OrderId id, String number, @Nullable CustomerSnapshot customer,
		@Nullable Address shippingAddress) {

	public String customerEmail() {
		return customer == null ? "" : customer.email();
	}

}
