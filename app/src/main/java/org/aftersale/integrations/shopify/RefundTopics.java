package org.aftersale.integrations.shopify;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderIntake;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * {@code refunds/create}: money given back on an order, recorded once per Shopify refund
 * id.
 */
@Component
class RefundTopics implements ShopifyTopicHandler {

	private final OrderIntake intake;

	private final Clock clock;

	RefundTopics(OrderIntake intake, Clock clock) {
		this.intake = intake;
		this.clock = clock;
	}

	// The order keeps at most 500 characters of a note; a longer one must not turn the
	// delivery into an error that Shopify retries for days.
	private static @org.jspecify.annotations.Nullable String note(JsonNode refund) {
		String note = ShopifyPayload.text(refund, "note");
		return note == null || note.length() <= 500 ? note : note.substring(0, 500);
	}

	@Override
	public boolean handles(String topic) {
		return "refunds/create".equals(topic);
	}

	@Override
	public void handle(StoreId storeId, String topic, JsonNode refund) {
		String orderId = ShopifyPayload.required(refund, "order_id");
		BigDecimal amount = ShopifyFulfilmentMapper.refundAmount(refund);
		if (amount.signum() < 0 || amount.scale() > 3) {
			throw new RejectedPayloadException("refund amount " + amount.toPlainString() + " is not valid");
		}
		Instant at = ShopifyPayload.instant(refund, "created_at");
		boolean known = intake
			.recordRefund(storeId, ShopifyOrderMapper.SOURCE, orderId, ShopifyPayload.text(refund, "id"),
					amount.stripTrailingZeros().toPlainString(), note(refund), at == null ? clock.instant() : at)
			.isPresent();
		if (!known) {
			throw new RejectedPayloadException("order " + orderId + " is not known yet");
		}
	}

}
