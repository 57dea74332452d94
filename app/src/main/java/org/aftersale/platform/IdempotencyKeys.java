package org.aftersale.platform;

import java.util.Optional;

import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stored outcomes of API requests sent with an {@code Idempotency-Key}, per store.
 */
@Component
class IdempotencyKeys {

	record Stored(String fingerprint, @Nullable Integer status, @Nullable String contentType, byte[] body) {
	}

	private final JdbcClient jdbc;

	IdempotencyKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims the key for a new request. Empty when this call claimed it; otherwise what
	 * is stored under it.
	 */
	Optional<Stored> claim(StoreId storeId, String key, String fingerprint) {
		int inserted = jdbc.sql("""
				insert into platform.idempotency_key (store_id, idempotency_key, fingerprint)
				values (:store, :key, :fingerprint)
				on conflict (store_id, idempotency_key) do nothing
				""").param("store", storeId.value()).param("key", key).param("fingerprint", fingerprint).update();
		if (inserted == 1) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select fingerprint, response_status, content_type, response_body
				from platform.idempotency_key where store_id = :store and idempotency_key = :key
				""")
			.param("store", storeId.value())
			.param("key", key)
			.query((rs, n) -> new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3),
					rs.getBytes(4) == null ? new byte[0] : rs.getBytes(4)))
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
			.param("body", body)
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

}
