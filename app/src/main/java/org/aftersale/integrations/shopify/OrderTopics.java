package org.aftersale.integrations.shopify;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.FulfilmentSubmission;
import org.aftersale.orders.OrderIntake;
import org.aftersale.orders.OrderSubmission;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * {@code orders/create}, {@code orders/updated}, {@code orders/fulfilled} and
 * {@code orders/cancelled}: each carries the whole Order resource, so all take the order
 * in and then its fulfilments.
 */
@Component
class OrderTopics implements ShopifyTopicHandler {

	private static final Set<String> TOPICS = Set.of("orders/create", "orders/updated", "orders/fulfilled",
			"orders/cancelled");

	private final OrderIntake intake;

	private final ShopifyLineProducts products;

	private final Clock clock;

	OrderTopics(OrderIntake intake, ShopifyLineProducts products, Clock clock) {
		this.intake = intake;
		this.products = products;
		this.clock = clock;
	}

	@Override
	public boolean handles(String topic) {
		return TOPICS.contains(topic);
	}

	@Override
	public void handle(StoreId storeId, String topic, JsonNode order) {
		OrderSubmission submission = products.complete(storeId, ShopifyOrderMapper.toSubmission(order).validate());
		// Validated up front: a failure inside OrderIntake's transaction would doom the
		// caller's transaction, and with it the record of this delivery.
		List<FulfilmentSubmission> fulfilments = new ArrayList<>();
		for (JsonNode fulfillment : order.path("fulfillments")) {
			fulfilments.add(ShopifyFulfilmentMapper.toSubmission(fulfillment, clock.instant()).validate());
		}
		OrderIntake.Result result = intake.submit(storeId, submission);
		if (result.outcome() == OrderIntake.Outcome.STALE) {
			return;
		}
		for (FulfilmentSubmission fulfilment : fulfilments) {
			intake.recordFulfilment(storeId, ShopifyOrderMapper.SOURCE, submission.externalId(), fulfilment);
		}
		if ("orders/cancelled".equals(topic)) {
			Instant at = submission.cancelledAt() == null ? clock.instant() : submission.cancelledAt();
			intake.cancel(storeId, ShopifyOrderMapper.SOURCE, submission.externalId(), submission.cancelReason(), at);
		}
	}

}
