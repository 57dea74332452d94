package org.aftersale.platform;

import java.util.List;

import org.aftersale.kernel.StoreId;

/**
 * Things beyond shipments that a person of the store must decide, contributed to the
 * admin's attention page by the capability that knows them (the page itself belongs to
 * tracking, which may not depend on the others).
 */
public interface AttentionNotices {

	/**
	 * One kind of thing to decide: how many, in words, and where to decide it.
	 */
	record Notice(long count, String text, String href) {
	}

	/** The store's notices; none when there is nothing to decide. */
	List<Notice> of(StoreId storeId);

}
