package org.aftersale.tracking;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.StoreId;
import org.aftersale.platform.SecretBox;
import org.aftersale.stores.Store;
import org.aftersale.stores.StoreDirectory;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;

/**
 * EasyPost as a source of tracking events: the store's webhook secret (sealed), signature
 * checks of its {@code tracker.updated} deliveries, and the mapping of their trackers
 * into carrier events.
 */
@Service
@Transactional
public class EasyPostWebhooks {

	// Unknown stores are checked against a throw-away secret so the timing tells nothing.
	private static final String DECOY = HexFormat.of().formatHex(new SecureRandom().generateSeed(32));

	private final JdbcClient jdbc;

	private final SecretBox box;

	private final StoreDirectory stores;

	private final TrackingSources sources;

	private final EventIngestion ingestion;

	private final Clock clock;

	EasyPostWebhooks(JdbcClient jdbc, SecretBox box, StoreDirectory stores, TrackingSources sources,
			EventIngestion ingestion, Clock clock) {
		this.jdbc = jdbc;
		this.box = box;
		this.stores = stores;
		this.sources = sources;
		this.ingestion = ingestion;
		this.clock = clock;
	}

	/** Stores (or replaces) the secret the merchant set on their EasyPost webhook. */
	public void connect(StoreId storeId, @Nullable String webhookSecret) {
		if (webhookSecret == null || webhookSecret.isBlank() || webhookSecret.length() > 200) {
			throw new InvalidInputException("webhookSecret", "must be 1 to 200 characters");
		}
		jdbc.sql(
				"""
						insert into tracking.easypost_connection (store_id, secret_sealed, updated_at)
						values (:store, :sealed, :now)
						on conflict (store_id) do update set secret_sealed = excluded.secret_sealed, updated_at = excluded.updated_at
						""")
			.param("store", storeId.value())
			.param("sealed", box.seal(webhookSecret, context(storeId)))
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	/**
	 * @return the store when the delivery is signed with its secret; empty for a bad or
	 * missing signature, an unknown store and a store without EasyPost alike
	 */
	@Transactional(readOnly = true)
	public Optional<StoreId> verify(String storeSlug, @Nullable String signature, byte[] body) {
		Optional<StoreId> store = stores.findBySlug(storeSlug).map(Store::id);
		Optional<String> secret = store.flatMap(this::secretOf);
		boolean valid = EasyPostSignature.verify(secret.orElse(DECOY), signature, body);
		return valid && secret.isPresent() ? store : Optional.empty();
	}

	/**
	 * Applies a verified delivery. Events other than tracker updates are acknowledged and
	 * ignored.
	 */
	public IngestionResult apply(StoreId storeId, JsonNode event) {
		List<CarrierEvent> events = sources.fromEasyPostEvent(event);
		return events.isEmpty() ? new IngestionResult(0, 0, List.of()) : ingestion.record(storeId, events);
	}

	private Optional<String> secretOf(StoreId storeId) {
		return jdbc.sql("select secret_sealed from tracking.easypost_connection where store_id = :store")
			.param("store", storeId.value())
			.query(String.class)
			.optional()
			.map(sealed -> box.open(sealed, context(storeId)));
	}

	static String context(StoreId storeId) {
		return "easypost-webhook-secret:" + storeId.value();
	}

}
