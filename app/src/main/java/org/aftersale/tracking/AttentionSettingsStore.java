package org.aftersale.tracking;

import java.sql.Timestamp;
import java.time.Instant;

import org.aftersale.kernel.StoreId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each store's attention thresholds, falling back to the configured defaults.
 */
@Component
class AttentionSettingsStore {

	private final JdbcClient jdbc;

	private final AttentionDefaults defaults;

	AttentionSettingsStore(JdbcClient jdbc, AttentionDefaults defaults) {
		this.jdbc = jdbc;
		this.defaults = defaults;
	}

	AttentionSettings of(StoreId storeId) {
		return jdbc.sql("select no_scan_days, no_pickup_days from tracking.attention_settings where store_id = :store")
			.param("store", storeId.value())
			.query((rs, n) -> new AttentionSettings(rs.getInt("no_scan_days"), rs.getInt("no_pickup_days")))
			.optional()
			.orElseGet(defaults::settings);
	}

	void save(StoreId storeId, AttentionSettings settings, Instant now) {
		jdbc.sql("""
				insert into tracking.attention_settings (store_id, no_scan_days, no_pickup_days, updated_at)
				values (:store, :noScan, :noPickup, :now)
				on conflict (store_id) do update set no_scan_days = excluded.no_scan_days,
				    no_pickup_days = excluded.no_pickup_days, updated_at = excluded.updated_at""")
			.param("store", storeId.value())
			.param("noScan", settings.noScanDays())
			.param("noPickup", settings.noPickupDays())
			.param("now", Timestamp.from(now))
			.update();
	}

}
