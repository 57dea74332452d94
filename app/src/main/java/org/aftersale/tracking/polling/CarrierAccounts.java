package org.aftersale.tracking.polling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aftersale.kernel.FieldProblem;
import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.NotFoundException;
import org.aftersale.kernel.StoreId;
import org.aftersale.platform.SecretBox;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each store's credentials for the carriers we poll, sealed at rest. Every read and write
 * is scoped to one store, and the sealing context names store, carrier and field, so a
 * value copied to another store's row does not decrypt there.
 */
@Component
public class CarrierAccounts {

	private final JdbcClient jdbc;

	private final SecretBox box;

	private final Clock clock;

	private final List<String> carriers;

	CarrierAccounts(JdbcClient jdbc, SecretBox box, Clock clock, List<CarrierTrackingApi> apis) {
		this.jdbc = jdbc;
		this.box = box;
		this.clock = clock;
		this.carriers = apis.stream().map(CarrierTrackingApi::carrier).sorted().toList();
	}

	/** The carriers we can poll, each with what this store configured (maybe nothing). */
	public List<CarrierAccount> list(StoreId storeId) {
		Map<String, CarrierAccount> configured = jdbc
			.sql("select * from tracking.carrier_credential where store_id = :store")
			.param("store", storeId.value())
			.query((rs, n) -> account(rs))
			.list()
			.stream()
			.collect(Collectors.toMap(CarrierAccount::carrier, Function.identity()));
		return carriers.stream().map(c -> configured.getOrDefault(c, CarrierAccount.unconfigured(c))).toList();
	}

	/**
	 * Stores the carrier's credentials and lifts a pause, since new credentials deserve a
	 * new try.
	 * @throws NotFoundException for a carrier we cannot poll
	 * @throws InvalidInputException when a field the carrier needs is neither given nor
	 * stored
	 */
	public CarrierAccount save(StoreId storeId, String carrier, CarrierSettingsUpdate update) {
		if (!carriers.contains(carrier)) {
			throw new NotFoundException("carrier");
		}
		CarrierAccount current = list(storeId).stream().filter(a -> a.carrier().equals(carrier)).findFirst().get();
		List<FieldProblem> problems = new ArrayList<>();
		if (carrier.equals("dhl")) {
			require(update.apiKey(), current.apiKeyEnding(), "apiKey", problems);
		}
		else {
			require(update.clientId(), current.clientIdEnding(), "clientId", problems);
			require(update.clientSecret(), current.clientSecretEnding(), "clientSecret", problems);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		jdbc.sql("""
				insert into tracking.carrier_credential (store_id, carrier, enabled, updated_at)
				values (:store, :carrier, :enabled, :now)
				on conflict (store_id, carrier) do update
				set enabled = excluded.enabled, updated_at = excluded.updated_at, paused_at = null, paused_reason = null
				""")
			.param("store", storeId.value())
			.param("carrier", carrier)
			.param("enabled", update.enabled())
			.param("now", java.sql.Timestamp.from(now))
			.update();
		seal(storeId, carrier, "client_id", update.clientId());
		seal(storeId, carrier, "client_secret", update.clientSecret());
		seal(storeId, carrier, "api_key", update.apiKey());
		jdbc.sql("update tracking.carrier_credential set account_number = :account"
				+ " where store_id = :store and carrier = :carrier")
			.param("account", blankToNull(update.accountNumber()))
			.param("store", storeId.value())
			.param("carrier", carrier)
			.update();
		return list(storeId).stream().filter(a -> a.carrier().equals(carrier)).findFirst().get();
	}

	/** The decrypted credentials, when the store enabled this carrier. */
	public Optional<CarrierCredentials> credentials(StoreId storeId, String carrier) {
		return jdbc
			.sql("select * from tracking.carrier_credential where store_id = :store and carrier = :carrier"
					+ " and enabled")
			.param("store", storeId.value())
			.param("carrier", carrier)
			.query((rs, n) -> new CarrierCredentials(storeId, carrier, open(rs, storeId, carrier, "client_id"),
					open(rs, storeId, carrier, "client_secret"), open(rs, storeId, carrier, "api_key"),
					rs.getString("account_number")))
			.optional();
	}

	/** Stops polling this carrier for the store until the merchant saves credentials. */
	public void pause(StoreId storeId, String carrier, String reason) {
		jdbc.sql("update tracking.carrier_credential set paused_at = :now, paused_reason = :reason"
				+ " where store_id = :store and carrier = :carrier")
			.param("now", java.sql.Timestamp.from(clock.instant()))
			.param("reason", reason)
			.param("store", storeId.value())
			.param("carrier", carrier)
			.update();
	}

	private void seal(StoreId storeId, String carrier, String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return;
		}
		String plain = value.strip();
		jdbc.sql("update tracking.carrier_credential set " + field + "_sealed = :sealed, " + field + "_hint = :hint"
				+ " where store_id = :store and carrier = :carrier")
			.param("sealed", box.seal(plain, context(storeId, carrier, field)))
			.param("hint", plain.substring(Math.max(0, plain.length() - 4)))
			.param("store", storeId.value())
			.param("carrier", carrier)
			.update();
	}

	private @Nullable String open(ResultSet rs, StoreId storeId, String carrier, String field) throws SQLException {
		String sealed = rs.getString(field + "_sealed");
		return (sealed == null) ? null : box.open(sealed, context(storeId, carrier, field));
	}

	static String context(StoreId storeId, String carrier, String field) {
		return "carrier:" + storeId.value() + ":" + carrier + ":" + field;
	}

	private static void require(@Nullable String given, @Nullable String stored, String field,
			List<FieldProblem> problems) {
		if ((given == null || given.isBlank()) && stored == null) {
			problems.add(new FieldProblem(field, "must be set"));
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static CarrierAccount account(ResultSet rs) throws SQLException {
		java.sql.Timestamp paused = rs.getTimestamp("paused_at");
		return new CarrierAccount(rs.getString("carrier"), true, rs.getBoolean("enabled"),
				rs.getString("client_id_hint"), rs.getString("client_secret_hint"), rs.getString("api_key_hint"),
				rs.getString("account_number"), (paused != null) ? paused.toInstant() : null,
				rs.getString("paused_reason"), rs.getTimestamp("updated_at").toInstant());
	}

}
