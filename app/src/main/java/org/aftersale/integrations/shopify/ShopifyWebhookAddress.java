package org.aftersale.integrations.shopify;

import org.aftersale.kernel.StoreId;
import org.aftersale.platform.PlatformSettings;
import org.aftersale.stores.StoreDirectory;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The URL Shopify must post a store's webhooks to, built from
 * {@code AFTERSALE_PUBLIC_URL}.
 */
@Component
class ShopifyWebhookAddress {

	private final PlatformSettings platform;

	private final StoreDirectory stores;

	private final Environment environment;

	ShopifyWebhookAddress(PlatformSettings platform, StoreDirectory stores, Environment environment) {
		this.platform = platform;
		this.stores = stores;
		this.environment = environment;
	}

	String of(StoreId storeId) {
		String base = platform.publicUrl();
		if (base == null || base.isBlank()) {
			base = "http://localhost:"
					+ environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		}
		base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
		return base + "/webhooks/shopify/" + stores.get(storeId).slug();
	}

}
