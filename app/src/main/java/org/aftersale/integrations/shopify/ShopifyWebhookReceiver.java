package org.aftersale.integrations.shopify;

import java.time.Clock;
import java.util.Optional;

import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes in one verified webhook delivery exactly once. Whatever happens, Shopify gets a
 * 2xx unless we failed ourselves: an unusable payload is recorded for the merchant, since
 * a retry would only fail the same way for two days.
 */
@Service
class ShopifyWebhookReceiver {

	private static final Logger log = LoggerFactory.getLogger(ShopifyWebhookReceiver.class);

	enum Outcome {

		APPLIED, DUPLICATE, REJECTED, IGNORED

	}

	private final ShopifyTopics topics;

	private final ShopifyDeliveries deliveries;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final Clock clock;

	ShopifyWebhookReceiver(ShopifyTopics topics, ShopifyDeliveries deliveries, TransactionTemplate transactions,
			JsonMapper json, Clock clock) {
		this.topics = topics;
		this.deliveries = deliveries;
		this.transactions = transactions;
		this.json = json;
		this.clock = clock;
	}

	Outcome receive(StoreId storeId, @Nullable String webhookId, String topic, byte[] body) {
		Optional<ShopifyTopicHandler> handler = topics.handlerFor(topic);
		if (handler.isEmpty()) {
			log.info("Ignoring Shopify webhook with unknown topic '{}' for store {}", topic, storeId);
			return Outcome.IGNORED;
		}
		JsonNode payload;
		try {
			payload = json.readTree(body);
		}
		catch (JacksonException ex) {
			return reject(storeId, webhookId, topic, null, "body is not valid JSON");
		}
		try {
			return transactions.execute(status -> {
				if (webhookId != null && !deliveries.claim(storeId, webhookId, topic, clock.instant())) {
					return Outcome.DUPLICATE;
				}
				handler.get().handle(storeId, topic, payload);
				return Outcome.APPLIED;
			});
		}
		catch (RuntimeException ex) {
			String problem = ShopifyTopics.problemOf(ex);
			if (problem == null) {
				throw ex;
			}
			return reject(storeId, webhookId, topic, ShopifyTopics.resourceId(payload), problem);
		}
	}

	// A fresh transaction: the one that failed may have been rolled back with the claim
	// in
	// it.
	private Outcome reject(StoreId storeId, @Nullable String webhookId, String topic, @Nullable String resourceId,
			String problem) {
		log.info("Shopify webhook {} ({}) for store {} could not be applied: {}", webhookId, topic, storeId, problem);
		return transactions.execute(status -> {
			if (webhookId != null && !deliveries.claim(storeId, webhookId, topic, clock.instant())) {
				return Outcome.DUPLICATE;
			}
			deliveries.fail(storeId, "webhook", webhookId, topic, resourceId, problem, clock.instant());
			return Outcome.REJECTED;
		});
	}

}
