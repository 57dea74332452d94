package org.aftersale.integrations.shopify;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * Finds the handler of a topic and turns "this payload can never be applied" into a
 * problem text, the same way for webhooks and for the back-fill.
 */
@Component
class ShopifyTopics {

	private final List<ShopifyTopicHandler> handlers;

	ShopifyTopics(List<ShopifyTopicHandler> handlers) {
		this.handlers = handlers;
	}

	Optional<ShopifyTopicHandler> handlerFor(String topic) {
		return handlers.stream().filter(handler -> handler.handles(topic)).findFirst();
	}

	/**
	 * @return the problem when {@code ex} means the payload is unusable, or null when it
	 * is a fault on our side that deserves a retry
	 */
	static @Nullable String problemOf(RuntimeException ex) {
		if (ex instanceof InvalidInputException invalid) {
			return invalid.problems()
				.stream()
				.map(p -> p.field() + " " + p.message())
				.collect(Collectors.joining("; "));
		}
		if (ex instanceof RejectedPayloadException || ex instanceof IllegalArgumentException) {
			return ex.getMessage();
		}
		return null;
	}

	static @Nullable String resourceId(JsonNode payload) {
		return ShopifyPayload.text(payload, "id");
	}

}
