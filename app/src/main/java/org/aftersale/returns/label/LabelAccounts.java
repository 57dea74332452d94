package org.aftersale.returns.label;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.StoreId;
import org.aftersale.platform.SealedColumn;
import org.aftersale.platform.SecretBox;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each store's label provider account. The API key is sealed with a context naming the
 * store, so a value copied to another store's row does not open there.
 */
@Component
public class LabelAccounts implements SealedColumn.Owner {

	private final JdbcClient jdbc;

	private final SecretBox box;

	private final Clock clock;

	private final List<LabelProvider> providers;

	LabelAccounts(JdbcClient jdbc, SecretBox box, Clock clock, List<LabelProvider> providers) {
		this.jdbc = jdbc;
		this.box = box;
		this.clock = clock;
		this.providers = providers;
	}

	public Optional<LabelAccount> of(StoreId storeId) {
		return jdbc.sql("select * from returns.label_account where store_id = :store")
			.param("store", storeId.value())
			.query((rs, n) -> new LabelAccount(rs.getString("provider"), rs.getBigDecimal("weight_ounces"),
					carriers(rs.getString("carriers")), rs.getBoolean("qr_code"),
					rs.getTimestamp("updated_at").toInstant()))
			.optional();
	}

	/**
	 * Sets the store's account. A blank key keeps the one stored.
	 * @throws InvalidInputException for an unknown provider, a missing key or a weight
	 * that is not positive
	 */
	public LabelAccount save(StoreId storeId, String provider, @Nullable String apiKey, BigDecimal weightOunces,
			@Nullable String carriers, boolean qrCode) {
		if (providers.stream().noneMatch(p -> p.name().equals(provider))) {
			throw new InvalidInputException("provider", "must be one of "
					+ String.join(", ", providers.stream().map(LabelProvider::name).sorted().toList()));
		}
		if (weightOunces == null || weightOunces.signum() <= 0 || weightOunces.compareTo(new BigDecimal("2400")) > 0) {
			throw new InvalidInputException("weightOunces", "must be more than 0 and at most 2400 ounces");
		}
		List<String> allowed = carriers(carriers);
		String key = apiKey == null ? "" : apiKey.strip();
		boolean keep = key.isEmpty();
		if (keep && of(storeId).isEmpty()) {
			throw new InvalidInputException("apiKey", "is required");
		}
		if (key.length() > 200) {
			throw new InvalidInputException("apiKey", "is not an API key");
		}
		var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		jdbc.sql(
				"""
						insert into returns.label_account (store_id, provider, api_key_sealed, weight_ounces, carriers, qr_code, updated_at)
						values (:store, :provider, :key, :weight, :carriers, :qr, :now)
						on conflict (store_id) do update set provider = excluded.provider,
						    api_key_sealed = case when :keep then returns.label_account.api_key_sealed else excluded.api_key_sealed end,
						    weight_ounces = excluded.weight_ounces, carriers = excluded.carriers, qr_code = excluded.qr_code,
						    updated_at = excluded.updated_at""")
			.param("store", storeId.value())
			.param("provider", provider)
			.param("key", keep ? "" : box.seal(key, context(storeId)))
			.param("keep", keep)
			.param("weight", weightOunces)
			.param("carriers", String.join(",", allowed))
			.param("qr", qrCode)
			.param("now", java.sql.Timestamp.from(now))
			.update();
		return of(storeId).orElseThrow();
	}

	/** The opened API key of the store's account, when it has one. */
	public Optional<String> apiKey(StoreId storeId) {
		return jdbc.sql("select api_key_sealed from returns.label_account where store_id = :store")
			.param("store", storeId.value())
			.query(String.class)
			.optional()
			.map(sealed -> box.open(sealed, context(storeId)));
	}

	public LabelProvider provider(String name) {
		return providers.stream()
			.filter(p -> p.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no label provider " + name));
	}

	@Override
	public List<SealedColumn> sealedColumns() {
		return List.of(new SealedColumn("returns.label_account", List.of("store_id"), "api_key_sealed",
				row -> context(new StoreId((UUID) row.get("store_id")))));
	}

	static String context(StoreId storeId) {
		return "returns.label_account:" + storeId.value() + ":api_key";
	}

	private static List<String> carriers(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split("[,\\s]+"))
			.map(c -> c.strip().toLowerCase(Locale.ROOT))
			.filter(c -> !c.isEmpty())
			.distinct()
			.toList();
	}

}
