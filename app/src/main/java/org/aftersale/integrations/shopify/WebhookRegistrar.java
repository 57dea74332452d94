package org.aftersale.integrations.shopify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.aftersale.integrations.IntegrationsSettings;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Subscribes the shop's webhooks to our endpoint, so a merchant never has to create them
 * by hand.
 */
@Component
class WebhookRegistrar {

	static final List<String> TOPICS = List.of("orders/create", "orders/updated", "orders/cancelled",
			"orders/fulfilled", "fulfillments/create", "fulfillments/update", "refunds/create", "customers/create",
			"customers/update", "products/create", "products/update");

	/** How many topics are subscribed, and why the others are not. */
	record Result(int registered, int failed, List<String> errors) {
	}

	private final ShopifyAdminClient client;

	private final IntegrationsSettings.Shopify settings;

	private final JsonMapper json;

	WebhookRegistrar(ShopifyAdminClient client, IntegrationsSettings settings, JsonMapper json) {
		this.client = client;
		this.settings = settings.shopify();
		this.json = json;
	}

	Result register(String shopDomain, String token, String address) {
		int registered = 0;
		List<String> errors = new ArrayList<>();
		for (String topic : TOPICS) {
			String body = json
				.writeValueAsString(Map.of("webhook", Map.of("topic", topic, "address", address, "format", "json")));
			try {
				ShopifyAdminClient.Reply reply = client.post(shopDomain, token, settings.apiPath("webhooks.json"),
						body);
				// Shopify answers 422 "has already been taken" when the subscription
				// exists,
				// which is exactly the state we want after a reconnect.
				if (reply.ok() || reply.status() == 422 && reply.body().contains("already been taken")) {
					registered++;
				}
				else {
					errors.add(topic + ": HTTP " + reply.status());
				}
			}
			catch (ShopifyUnavailableException ex) {
				errors.add(topic + ": " + ex.getMessage());
			}
		}
		return new Result(registered, errors.size(), errors);
	}

}
