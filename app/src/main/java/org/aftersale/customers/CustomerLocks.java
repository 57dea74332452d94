package org.aftersale.customers;

import java.util.Collection;
import java.util.List;

import org.aftersale.kernel.StoreId;

/**
 * The repository's locking read of customers by e-mail address, in id order, mapped by
 * hand (see ADR 15).
 */
interface CustomerLocks {

	/**
	 * The customers of these normalised addresses that the store has, row-locked; others
	 * are absent.
	 */
	List<Customer> lockByEmail(StoreId storeId, Collection<String> emails);

}
