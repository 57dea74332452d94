package org.aftersale.integrations.shopify;

/**
 * A payload that is well-formed but cannot be applied, such as a fulfilment of an order
 * we have never seen.
 */
class RejectedPayloadException extends RuntimeException {

	RejectedPayloadException(String message) {
		super(message);
	}

}
