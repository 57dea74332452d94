package org.aftersale.integrations.shopify;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.aftersale.customers.CustomerRegistry;
import org.aftersale.customers.CustomerSubmission;
import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import static org.aftersale.integrations.shopify.ShopifyPayload.instant;
import static org.aftersale.integrations.shopify.ShopifyPayload.required;
import static org.aftersale.integrations.shopify.ShopifyPayload.text;

/**
 * {@code customers/create} and {@code customers/update}: Shopify's Customer resource,
 * taken into the customer registry by Shopify id.
 */
@Component
class CustomerTopics implements ShopifyTopicHandler {

	private final CustomerRegistry customers;

	CustomerTopics(CustomerRegistry customers) {
		this.customers = customers;
	}

	@Override
	public boolean handles(String topic) {
		return Set.of("customers/create", "customers/update").contains(topic);
	}

	@Override
	public void handle(StoreId storeId, String topic, JsonNode customer) {
		String email = text(customer, "email");
		customers.submit(storeId,
				new CustomerSubmission(ShopifyOrderMapper.SOURCE, required(customer, "id"), email == null ? "" : email,
						text(customer, "first_name"), text(customer, "last_name"), text(customer, "phone"),
						acceptsMarketing(customer), tags(text(customer, "tags")), instant(customer, "updated_at")));
	}

	// Newer API versions replaced accepts_marketing with a consent object.
	private static boolean acceptsMarketing(JsonNode customer) {
		String consent = text(customer.path("email_marketing_consent"), "state");
		return consent != null ? "subscribed".equals(consent) : customer.path("accepts_marketing").asBoolean(false);
	}

	static List<String> tags(@Nullable String tags) {
		return tags == null ? List.of()
				: Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
	}

}
