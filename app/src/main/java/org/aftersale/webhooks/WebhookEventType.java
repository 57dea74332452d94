package org.aftersale.webhooks;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The event names receivers subscribe to and find in {@code type} and the
 * {@code X-Aftersale-Event} header. These names are a public contract: add new ones,
 * never rename or drop one.
 */
public enum WebhookEventType {

	ORDER_PLACED("order.placed"), ORDER_UPDATED("order.updated"), ORDER_CANCELLED("order.cancelled"),
	ORDER_FULFILLED("order.fulfilled"), ORDER_REFUNDED("order.refunded"), SHIPMENT_CREATED("shipment.created"),
	SHIPMENT_STATUS_CHANGED("shipment.status_changed"), SHIPMENT_DELIVERED("shipment.delivered"),
	SHIPMENT_EXCEPTION("shipment.exception"), SHIPMENT_ESTIMATE_CHANGED("shipment.estimate_changed"),

	SHIPMENT_DELAYED("shipment.delayed");

	private final String wireName;

	WebhookEventType(String wireName) {
		this.wireName = wireName;
	}

	/** The public name, e.g. {@code shipment.delivered}. */
	public String wireName() {
		return wireName;
	}

	/** Everything before the dot, e.g. {@code shipment}. */
	String group() {
		return wireName.substring(0, wireName.indexOf('.'));
	}

	public static Optional<WebhookEventType> fromWireName(String name) {
		return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
	}

	/** All public names, in catalogue order. */
	public static List<String> wireNames() {
		return Arrays.stream(values()).map(WebhookEventType::wireName).toList();
	}

}
