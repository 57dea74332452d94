package org.aftersale.returns;

import java.util.List;
import java.util.UUID;

/**
 * Reads a page of returns with their items in two statements; the repository would read
 * each return's items with a query of its own.
 */
interface ReturnsById {

	/**
	 * The store's returns of these ids, in the order of the ids; unknown ids are left
	 * out.
	 */
	List<Return> findAllInStore(UUID storeId, List<UUID> ids);

}
