package org.aftersale.integrations.shopify;

import java.time.Instant;

import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

/**
 * A store's link to its Shopify shop. The secrets are held only sealed; see
 * {@link org.aftersale.platform.SecretBox}.
 */
record ShopifyConnection(StoreId storeId, String shopDomain, String webhookSecretSealed,
		@Nullable String accessTokenSealed, @Nullable String accessTokenLast4, int webhooksRegistered,
		int webhooksFailed, @Nullable String webhooksError, @Nullable Instant webhooksCheckedAt) {

	static String secretContext(StoreId storeId) {
		return "shopify.webhook-secret:" + storeId;
	}

	static String tokenContext(StoreId storeId) {
		return "shopify.access-token:" + storeId;
	}

	@Override
	public String toString() {
		return "ShopifyConnection[" + storeId + " -> " + shopDomain + "]";
	}

}
