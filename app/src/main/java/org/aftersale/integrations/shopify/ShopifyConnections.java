package org.aftersale.integrations.shopify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.aftersale.kernel.StoreId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ShopifyConnections {

	private final JdbcClient jdbc;

	ShopifyConnections(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ShopifyConnection> find(StoreId storeId) {
		return jdbc.sql("select * from integrations.shopify_connection where store_id = :store")
			.param("store", storeId.value())
			.query(ShopifyConnections::map)
			.optional();
	}

	void save(ShopifyConnection c, Instant now) {
		jdbc.sql("""
				insert into integrations.shopify_connection (store_id, shop_domain, webhook_secret_enc,
				    access_token_enc, access_token_last4, created_at, updated_at)
				values (:store, :domain, :secret, :token, :last4, :now, :now)
				on conflict (store_id) do update set shop_domain = excluded.shop_domain,
				    webhook_secret_enc = excluded.webhook_secret_enc, access_token_enc = excluded.access_token_enc,
				    access_token_last4 = excluded.access_token_last4, updated_at = excluded.updated_at
				""")
			.param("store", c.storeId().value())
			.param("domain", c.shopDomain())
			.param("secret", c.webhookSecretSealed())
			.param("token", c.accessTokenSealed())
			.param("last4", c.accessTokenLast4())
			.param("now", Timestamp.from(now))
			.update();
	}

	void recordWebhooks(StoreId storeId, WebhookRegistrar.Result result, Instant now) {
		jdbc.sql("""
				update integrations.shopify_connection set webhooks_registered = :ok, webhooks_failed = :failed,
				    webhooks_error = :error, webhooks_checked_at = :now where store_id = :store
				""")
			.param("ok", result.registered())
			.param("failed", result.failed())
			.param("error", result.errors().isEmpty() ? null : String.join("; ", result.errors()))
			.param("now", Timestamp.from(now))
			.param("store", storeId.value())
			.update();
	}

	private static ShopifyConnection map(ResultSet rs, int row) throws SQLException {
		Timestamp checked = rs.getTimestamp("webhooks_checked_at");
		return new ShopifyConnection(new StoreId(rs.getObject("store_id", java.util.UUID.class)),
				rs.getString("shop_domain"), rs.getString("webhook_secret_enc"), rs.getString("access_token_enc"),
				rs.getString("access_token_last4"), rs.getInt("webhooks_registered"), rs.getInt("webhooks_failed"),
				rs.getString("webhooks_error"), checked == null ? null : checked.toInstant());
	}

}
