package org.aftersale.integrations.shopify;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderIntake;
import org.aftersale.orders.RefundSubmission;

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

	/**
	 * The refund's lines with the amounts Shopify computed ({@code subtotal} after
	 * discounts, {@code total_tax}); an older payload without them leaves the amounts to
	 * the order's own per-unit shares.
	 */
	static List<RefundSubmission.Line> lines(JsonNode refund) {
		List<RefundSubmission.Line> lines = new ArrayList<>();
		boolean restockAll = refund.path("restock").asBoolean(false);
		for (JsonNode item : refund.path("refund_line_items")) {
			long quantity = item.path("quantity").asLong(-1);
			if (quantity < 0) {
				throw new RejectedPayloadException("refund_line_items.quantity is missing or negative");
			}
			String subtotal = ShopifyPayload.text(item, "subtotal");
			String tax = ShopifyPayload.text(item, "total_tax");
			String restockType = ShopifyPayload.text(item, "restock_type");
			boolean restock = restockType == null ? restockAll : !"no_restock".equals(restockType);
			lines.add(new RefundSubmission.Line(ShopifyPayload.text(item, "line_item_id"), null, quantity,
					subtotal == null ? null : money(subtotal, "subtotal"),
					subtotal == null || tax == null ? null : money(tax, "total_tax"), restock));
		}
		return lines;
	}

	private static String money(String text, String field) {
		BigDecimal value = ShopifyPayload.decimal(text, "refund_line_items." + field);
		if (value.signum() < 0) {
			throw new RejectedPayloadException("refund_line_items." + field + " is negative");
		}
		return value.toPlainString();
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
		RefundSubmission submission = new RefundSubmission(ShopifyPayload.text(refund, "id"),
				amount.stripTrailingZeros().toPlainString(), note(refund), at == null ? clock.instant() : at,
				lines(refund), RefundSubmission.Origin.SHOP);
		boolean known = intake.recordRefund(storeId, ShopifyOrderMapper.SOURCE, orderId, submission).isPresent();
		if (!known) {
			throw new RejectedPayloadException("order " + orderId + " is not known yet");
		}
	}

}
