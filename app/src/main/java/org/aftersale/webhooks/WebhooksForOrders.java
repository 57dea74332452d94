package org.aftersale.webhooks;

import java.util.List;

import org.aftersale.orders.FulfilmentCreated;
import org.aftersale.orders.OrderCancelled;
import org.aftersale.orders.OrdersPlaced;
import org.aftersale.orders.PlacedOrder;
import org.aftersale.orders.OrderRefunded;
import org.aftersale.orders.OrderUpdated;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends the order events to the merchant's receivers: {@code order.placed},
 * {@code order.updated}, {@code order.cancelled}, {@code order.fulfilled} and
 * {@code order.refunded}. Each event key holds what makes the domain event unique, so a
 * redelivery queues nothing new.
 */
@Component
class WebhooksForOrders {

	private final WebhookFanOut fanOut;

	WebhooksForOrders(WebhookFanOut fanOut) {
		this.fanOut = fanOut;
	}

	@ApplicationModuleListener
	void on(OrdersPlaced event) {
		for (PlacedOrder order : event.orders()) {
			WebhookData data = new WebhookData().put("orderId", order.orderId())
				.put("number", order.number())
				.putRaw("customer",
						new WebhookData().put("email", order.customerEmail())
							.put("firstName", order.customerFirstName())
							.put("lastName", order.customerLastName())
							.asMap())
				.put("placedAt", order.placedAt())
				.money("total", order.total())
				.putRaw("lineCount", order.lineCount())
				.put("occurredAt", order.occurredAt());
			fanOut.publish(event.storeId(), WebhookEventType.ORDER_PLACED, "order.placed:" + order.orderId(),
					data.asMap());
		}
	}

	// An order changes many times; the time of the change tells the versions apart.
	@ApplicationModuleListener
	void on(OrderUpdated event) {
		WebhookData data = new WebhookData().put("orderId", event.orderId())
			.put("number", event.number())
			.putRaw("changes", List.copyOf(event.changes()))
			.put("occurredAt", event.occurredAt());
		fanOut.publish(event.storeId(), WebhookEventType.ORDER_UPDATED,
				"order.updated:" + event.orderId() + ":" + event.occurredAt(), data.asMap());
	}

	@ApplicationModuleListener
	void on(OrderCancelled event) {
		WebhookData data = new WebhookData().put("orderId", event.orderId())
			.put("number", event.number())
			.put("reason", event.reason())
			.put("occurredAt", event.occurredAt());
		fanOut.publish(event.storeId(), WebhookEventType.ORDER_CANCELLED, "order.cancelled:" + event.orderId(),
				data.asMap());
	}

	@ApplicationModuleListener
	void on(FulfilmentCreated event) {
		WebhookData data = new WebhookData().put("orderId", event.orderId())
			.put("fulfilmentId", event.fulfilmentId())
			.putRaw("trackingNumbers", List.copyOf(event.trackingNumbers()))
			.putRaw("trackingUrls", List.copyOf(event.trackingUrls()))
			.put("carrier", event.carrierHint())
			.putRaw("lines",
					event.lines()
						.stream()
						.map(line -> new WebhookData().put("lineId", line.lineId())
							.put("sku", line.sku())
							.putRaw("quantity", line.quantity())
							.asMap())
						.toList())
			.put("occurredAt", event.occurredAt());
		fanOut.publish(event.storeId(), WebhookEventType.ORDER_FULFILLED, "order.fulfilled:" + event.fulfilmentId(),
				data.asMap());
	}

	@ApplicationModuleListener
	void on(OrderRefunded event) {
		WebhookData data = new WebhookData().put("orderId", event.orderId())
			.put("refundId", event.refundId())
			.money("amount", event.amount())
			.put("occurredAt", event.occurredAt());
		fanOut.publish(event.storeId(), WebhookEventType.ORDER_REFUNDED, "order.refunded:" + event.refundId(),
				data.asMap());
	}

}
