package org.aftersale.integrations.shopify;

/**
 * Shopify kept answering 429 or 5xx (or not at all); the work is worth retrying later.
 */
class ShopifyUnavailableException extends RuntimeException {

	ShopifyUnavailableException(String message) {
		super(message);
	}

}
