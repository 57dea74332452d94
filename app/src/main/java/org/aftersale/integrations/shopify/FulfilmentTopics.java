package org.aftersale.integrations.shopify;

import java.time.Clock;
import java.util.Set;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.FulfilmentSubmission;
import org.aftersale.orders.OrderIntake;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * {@code fulfillments/create} and {@code fulfillments/update}: tracking numbers and
 * delivery status of one parcel of an order.
 */
@Component
class FulfilmentTopics implements ShopifyTopicHandler {

	private final OrderIntake intake;

	private final Clock clock;

	FulfilmentTopics(OrderIntake intake, Clock clock) {
		this.intake = intake;
		this.clock = clock;
	}

	@Override
	public boolean handles(String topic) {
		return Set.of("fulfillments/create", "fulfillments/update").contains(topic);
	}

	@Override
	public void handle(StoreId storeId, String topic, JsonNode fulfillment) {
		String orderId = ShopifyPayload.required(fulfillment, "order_id");
		FulfilmentSubmission submission = ShopifyFulfilmentMapper.toSubmission(fulfillment, clock.instant()).validate();
		if (intake.recordFulfilment(storeId, ShopifyOrderMapper.SOURCE, orderId, submission).isEmpty()) {
			// Shopify also sends orders/updated with the fulfilment inside, which applies
			// it once the order is known.
			throw new RejectedPayloadException("order " + orderId + " is not known yet");
		}
	}

}
