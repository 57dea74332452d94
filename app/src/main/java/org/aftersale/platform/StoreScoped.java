package org.aftersale.platform;

import org.aftersale.kernel.StoreId;

/**
 * A security principal that acts inside exactly one store: an API key, or a staff member
 * on the store they are currently looking at. Controllers receive the {@link StoreId}
 * from it as a method parameter.
 */
public interface StoreScoped {

	StoreId storeId();

}
