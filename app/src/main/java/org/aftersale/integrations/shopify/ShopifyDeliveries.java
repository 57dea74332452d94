package org.aftersale.integrations.shopify;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which webhook deliveries were already taken in, and which payloads could not be
 * applied.
 */
@Repository
class ShopifyDeliveries {

	/** A payload that was acknowledged but could not be applied, for the admin to see. */
	record Failure(String origin, @Nullable String webhookId, String topic, @Nullable String resourceId, String problem,
			Instant receivedAt) {
	}

	private final JdbcClient jdbc;

	ShopifyDeliveries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return false when the delivery was seen before; must run in the transaction of the
	 * delivery's effect
	 */
	boolean claim(StoreId storeId, String webhookId, String topic, Instant now) {
		return jdbc.sql("""
				insert into integrations.shopify_webhook_delivery (store_id, webhook_id, topic, received_at)
				values (:store, :id, :topic, :now) on conflict do nothing
				""")
			.param("store", storeId.value())
			.param("id", webhookId)
			.param("topic", topic)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	void fail(StoreId storeId, String origin, @Nullable String webhookId, String topic, @Nullable String resourceId,
			String problem, Instant now) {
		jdbc.sql("""
				insert into integrations.shopify_failed_delivery (store_id, origin, webhook_id, topic, resource_id,
				    problem, received_at)
				values (:store, :origin, :webhook, :topic, :resource, :problem, :now)
				""")
			.param("store", storeId.value())
			.param("origin", origin)
			.param("webhook", webhookId)
			.param("topic", topic)
			.param("resource", resourceId)
			.param("problem", problem.length() > 2000 ? problem.substring(0, 2000) : problem)
			.param("now", Timestamp.from(now))
			.update();
	}

	List<Failure> recentFailures(StoreId storeId, int limit) {
		return jdbc.sql("""
				select origin, webhook_id, topic, resource_id, problem, received_at
				from integrations.shopify_failed_delivery where store_id = :store
				order by received_at desc, id desc limit :limit
				""")
			.param("store", storeId.value())
			.param("limit", limit)
			.query((rs, n) -> new Failure(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getTimestamp(6).toInstant()))
			.list();
	}

}
