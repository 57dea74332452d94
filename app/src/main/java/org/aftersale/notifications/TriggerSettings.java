package org.aftersale.notifications;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.aftersale.kernel.StoreId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each store's switches per trigger and channel, falling back to the trigger's defaults
 * where the merchant has not decided.
 */
@Component
public class TriggerSettings {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final Cache<StoreId, Map<String, TriggerSetting>> cache = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(Duration.ofSeconds(30))
		.build();

	TriggerSettings(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	public TriggerSetting of(StoreId storeId, Trigger trigger, Channel channel) {
		TriggerSetting saved = cache.get(storeId, this::load).get(key(trigger, channel));
		return saved != null ? saved : TriggerSetting.defaultFor(trigger, channel);
	}

	/** Every trigger and channel of the store, in the order of {@link Trigger}. */
	public List<TriggerSetting> all(StoreId storeId) {
		List<TriggerSetting> all = new ArrayList<>();
		for (Trigger trigger : Trigger.values()) {
			for (Channel channel : Channel.values()) {
				all.add(of(storeId, trigger, channel));
			}
		}
		return all;
	}

	public void save(StoreId storeId, TriggerSetting setting) {
		jdbc.sql(
				"""
						insert into notifications.trigger_setting (store_id, trigger, channel, enabled, delay_minutes,
						  conditions, updated_at)
						values (:store, :trigger, :channel, :enabled, :delay, cast(:conditions as jsonb), :now)
						on conflict (store_id, trigger, channel) do update set enabled = excluded.enabled,
						  delay_minutes = excluded.delay_minutes, conditions = excluded.conditions, updated_at = excluded.updated_at
						""")
			.param("store", storeId.value())
			.param("trigger", setting.trigger().wireName())
			.param("channel", setting.channel().wireName())
			.param("enabled", setting.enabled())
			.param("delay", (int) setting.delay().toMinutes())
			.param("conditions", write(setting.conditions()))
			.param("now", Timestamp.from(clock.instant()))
			.update();
		cache.invalidate(storeId);
	}

	private Map<String, TriggerSetting> load(StoreId storeId) {
		Map<String, TriggerSetting> settings = new LinkedHashMap<>();
		jdbc.sql("""
				select trigger, channel, enabled, delay_minutes, conditions::text
				from notifications.trigger_setting where store_id = :store
				""").param("store", storeId.value()).query((rs, n) -> {
			Trigger trigger = Trigger.fromWireName(rs.getString(1)).orElse(null);
			Channel channel = Channel.fromWireName(rs.getString(2)).orElse(null);
			if (trigger != null && channel != null) {
				settings.put(key(trigger, channel), new TriggerSetting(trigger, channel, rs.getBoolean(3),
						Duration.ofMinutes(rs.getInt(4)), read(rs.getString(5))));
			}
			return null;
		}).list();
		return settings;
	}

	private static String key(Trigger trigger, Channel channel) {
		return trigger.name() + "/" + channel.name();
	}

	String write(TriggerConditions conditions) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("customers", conditions.customers());
		if (conditions.minTotal() != null) {
			out.put("minTotal", conditions.minTotal().toPlainString());
		}
		if (conditions.maxTotal() != null) {
			out.put("maxTotal", conditions.maxTotal().toPlainString());
		}
		out.put("tags", conditions.tags());
		out.put("countries", conditions.countries());
		out.put("shippingMethods", conditions.shippingMethods());
		return json.writeValueAsString(out);
	}

	TriggerConditions read(String text) {
		JsonNode node = json.readTree(text);
		return new TriggerConditions(node.path("customers").asString("any"), decimal(node.path("minTotal")),
				decimal(node.path("maxTotal")), strings(node.path("tags")), strings(node.path("countries")),
				strings(node.path("shippingMethods")));
	}

	private static BigDecimal decimal(JsonNode node) {
		return node.isMissingNode() || node.isNull() ? null : new BigDecimal(node.asString());
	}

	private static List<String> strings(JsonNode node) {
		List<String> values = new ArrayList<>();
		node.forEach(v -> values.add(v.asString()));
		return values;
	}

}
