package org.aftersale.platform;

import java.util.Optional;

import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The stored outcomes of API requests sent with an {@code Idempotency-Key}, per store.
 * Bodies are sealed, because some carry secrets shown only once (a new API key, a webhook
 * signing secret); records live 24 hours, as Stripe's do, and are then purged.
 */
@Component
class IdempotencyKeys {

	record Stored(String fingerprint, String caller, @Nullable Integer status, @Nullable String contentType,
			byte[] body) {
	}

	private final JdbcClient jdbc;

	private final SecretBox box;

	IdempotencyKeys(JdbcClient jdbc, SecretBox box) {
		this.jdbc = jdbc;
		this.box = box;
	}

	/**
	 * Claims the key for a new request. Empty when this call claimed it; otherwise what
	 * is stored under it. A record older than 24 hours no longer counts.
	 */
	Optional<Stored> claim(StoreId storeId, String key, String fingerprint, String caller) {
		// An expired record is taken over in the same statement, so two requests racing
		// for it still see exactly one winner.
		int claimed = jdbc.sql("""
				insert into platform.idempotency_key (store_id, idempotency_key, fingerprint, caller)
				values (:store, :key, :fingerprint, :caller)
				on conflict (store_id, idempotency_key) do update
				set fingerprint = excluded.fingerprint, caller = excluded.caller, response_status = null,
				    content_type = null, response_body = null, created_at = now(), completed_at = null
				where platform.idempotency_key.created_at < now() - interval '24 hours'
				""")
			.param("store", storeId.value())
			.param("key", key)
			.param("fingerprint", fingerprint)
			.param("caller", caller)
			.update();
		if (claimed == 1) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select fingerprint, caller, response_status, content_type, response_body
				from platform.idempotency_key where store_id = :store and idempotency_key = :key
				""")
			.param("store", storeId.value())
			.param("key", key)
			.query((rs, n) -> new Stored(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3), rs.getString(4),
					rs.getBytes(5) == null ? new byte[0] : box.openBytes(rs.getBytes(5), context(storeId, key))))
			.optional();
	}

	void complete(StoreId storeId, String key, int status, @Nullable String contentType, byte[] body) {
		jdbc.sql("""
				update platform.idempotency_key
				set response_status = :status, content_type = :type, response_body = :body, completed_at = now()
				where store_id = :store and idempotency_key = :key
				""")
			.param("status", status)
			.param("type", contentType)
			.param("body", box.sealBytes(body, context(storeId, key)))
			.param("store", storeId.value())
			.param("key", key)
			.update();
	}

	void release(StoreId storeId, String key) {
		jdbc.sql("delete from platform.idempotency_key where store_id = :store and idempotency_key = :key")
			.param("store", storeId.value())
			.param("key", key)
			.update();
	}

	@Scheduled(fixedDelayString = "${aftersale.idempotency-purge-interval:PT1H}", initialDelayString = "PT3M")
	int purgeExpired() {
		return jdbc.sql("delete from platform.idempotency_key where created_at < now() - interval '24 hours'").update();
	}

	private static String context(StoreId storeId, String key) {
		return "idempotency:" + storeId.value() + ":" + key;
	}

}
