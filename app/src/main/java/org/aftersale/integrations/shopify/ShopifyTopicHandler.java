package org.aftersale.integrations.shopify;

import org.aftersale.kernel.StoreId;

import tools.jackson.databind.JsonNode;

/**
 * Applies one family of Shopify webhook topics. Adding a topic means adding one
 * implementation; the receiver and the back-fill find it by {@link #handles(String)}.
 */
interface ShopifyTopicHandler {

	boolean handles(String topic);

	/**
	 * Applies the payload. Runs inside the caller's transaction, if any.
	 * @throws org.aftersale.kernel.InvalidInputException or
	 * {@link RejectedPayloadException} when the payload can never be applied; the caller
	 * records it instead of retrying
	 */
	void handle(StoreId storeId, String topic, JsonNode payload);

}
