package org.aftersale.stores;

import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.aftersale.platform.StoreScoped;

/**
 * The principal of an API request: which key, for which store, with which scope.
 */
public record ApiCaller(UUID keyId, StoreId storeId, ApiKeyScope scope) implements StoreScoped {

}
