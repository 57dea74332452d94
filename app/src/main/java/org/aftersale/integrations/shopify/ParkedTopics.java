package org.aftersale.integrations.shopify;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Set;

import org.aftersale.kernel.StoreId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * {@code customers/*} and {@code products/*}, kept as received (latest version per
 * resource) until the customers and catalog capabilities can take them in. Then a
 * {@code CustomerTopics} and a {@code ProductTopics} handler replace the topics here and
 * replay the parked rows.
 */
@Component
class ParkedTopics implements ShopifyTopicHandler {

	private static final Set<String> TOPICS = Set.of("customers/create", "customers/update", "products/create",
			"products/update");

	private final JdbcClient jdbc;

	private final Clock clock;

	ParkedTopics(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public boolean handles(String topic) {
		return TOPICS.contains(topic);
	}

	@Override
	public void handle(StoreId storeId, String topic, JsonNode payload) {
		jdbc.sql("""
				insert into integrations.shopify_parked_resource (store_id, resource, resource_id, payload, received_at)
				values (:store, :resource, :id, :payload, :now)
				on conflict (store_id, resource, resource_id) do update set payload = excluded.payload,
				    received_at = excluded.received_at
				""")
			.param("store", storeId.value())
			.param("resource", topic.substring(0, topic.indexOf('/')))
			.param("id", ShopifyPayload.required(payload, "id"))
			.param("payload", payload.toString())
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	int count(StoreId storeId, String resource) {
		return jdbc
			.sql("select count(*) from integrations.shopify_parked_resource where store_id = :store "
					+ "and resource = :resource")
			.param("store", storeId.value())
			.param("resource", resource)
			.query(Integer.class)
			.single();
	}

}
