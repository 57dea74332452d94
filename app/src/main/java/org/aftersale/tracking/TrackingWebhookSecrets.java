package org.aftersale.tracking;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

import org.aftersale.kernel.StoreId;
import org.aftersale.platform.SecretBox;
import org.aftersale.stores.Store;
import org.aftersale.stores.StoreDirectory;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The per-store secret of our generic signed tracking webhook, for aggregators we do not
 * support natively. Generated on demand, stored sealed by {@link SecretBox} and shown
 * only once, when generated.
 */
@Service
@Transactional
public class TrackingWebhookSecrets {

	// Unknown stores and stores without a secret are checked against a throw-away one, so
	// the answer's timing does not tell which slugs exist.
	private static final String DECOY = HexFormat.of().formatHex(new SecureRandom().generateSeed(32));

	private final JdbcClient jdbc;

	private final SecretBox box;

	private final StoreDirectory stores;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	TrackingWebhookSecrets(JdbcClient jdbc, SecretBox box, StoreDirectory stores, Clock clock) {
		this.jdbc = jdbc;
		this.box = box;
		this.stores = stores;
		this.clock = clock;
	}

	/**
	 * Generates the store's secret, replacing any earlier one at once.
	 * @return the new secret, {@code whsec_} and 64 hex digits; it cannot be read again
	 */
	public String generate(StoreId storeId) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String secret = "whsec_" + HexFormat.of().formatHex(bytes);
		jdbc.sql(
				"""
						insert into tracking.webhook_secret (store_id, secret_sealed, created_at) values (:store, :sealed, :now)
						on conflict (store_id) do update set secret_sealed = excluded.secret_sealed, created_at = excluded.created_at""")
			.param("store", storeId.value())
			.param("sealed", box.seal(secret, context(storeId)))
			.param("now", Timestamp.from(clock.instant()))
			.update();
		return secret;
	}

	/**
	 * @return the store when the signature is valid and fresh; empty for a bad, stale or
	 * missing signature, an unknown store and a store without a secret alike
	 */
	@Transactional(readOnly = true)
	public Optional<StoreId> verify(String storeSlug, @Nullable String signature, byte[] body) {
		Optional<StoreId> store = stores.findBySlug(storeSlug).map(Store::id);
		Optional<String> secret = store.flatMap(this::secretOf);
		boolean valid = WebhookSignature.verify(secret.orElse(DECOY), signature, body, clock.instant());
		return valid && secret.isPresent() ? store : Optional.empty();
	}

	private Optional<String> secretOf(StoreId storeId) {
		return jdbc.sql("select secret_sealed from tracking.webhook_secret where store_id = :store")
			.param("store", storeId.value())
			.query(String.class)
			.optional()
			.map(sealed -> box.open(sealed, context(storeId)));
	}

	static String context(StoreId storeId) {
		return "tracking-webhook-secret:" + storeId.value();
	}

}
