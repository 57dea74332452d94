package org.aftersale.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.aftersale.kernel.StoreId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The addresses of a store that must not get messages, checked before every message is
 * planned and again before it is handed over. E-mail addresses are kept lower case, phone
 * numbers in E.164.
 */
@Component
public class Suppressions {

	/** Why an address is on the list. */
	public enum Reason {

		BOUNCE, COMPLAINT, UNSUBSCRIBE, STOP, MANUAL;

		public String wireName() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** How much an entry stops: every message of the channel, or marketing only. */
	public enum Scope {

		ALL, MARKETING;

		public String wireName() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** One entry of the list. */
	public record Entry(Channel channel, String address, Scope scope, String reason, @Nullable String detail,
			Instant createdAt) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	Suppressions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Why a message of that purpose must not go to the address, if it must not. */
	public Optional<String> blocking(StoreId storeId, Channel channel, String address, Purpose purpose) {
		return among(storeId, channel, List.of(address)).blocking(address, purpose);
	}

	/**
	 * The entries of these addresses, read in one query: a sender checks a whole batch
	 * against the list at once instead of one query per message.
	 */
	Blocks among(StoreId storeId, Channel channel, Collection<String> addresses) {
		Blocks blocks = new Blocks(channel);
		if (addresses.isEmpty()) {
			return blocks;
		}
		jdbc.sql("""
				select address, scope, reason from notifications.suppression
				where store_id = :store and channel = :channel and address in (:addresses)
				""")
			.param("store", storeId.value())
			.param("channel", channel.wireName())
			.param("addresses", addresses.stream().map(address -> normal(channel, address)).distinct().toList())
			.query((RowCallbackHandler) rs -> blocks.add(rs.getString("address"),
					Scope.valueOf(rs.getString("scope").toUpperCase(Locale.ROOT)), rs.getString("reason")));
		return blocks;
	}

	/** The entries of some addresses of one store and channel, as a sender saw them. */
	static final class Blocks {

		private final Channel channel;

		private final Map<String, Map<Scope, String>> reasons = new HashMap<>();

		private Blocks(Channel channel) {
			this.channel = channel;
		}

		/**
		 * Why a message of that purpose must not go to the address (one read before), if
		 * it must not: an entry for all messages outweighs one for marketing only.
		 */
		Optional<String> blocking(String address, Purpose purpose) {
			Map<Scope, String> entries = reasons.getOrDefault(normal(channel, address), Map.of());
			if (entries.containsKey(Scope.ALL)) {
				return Optional.of(entries.get(Scope.ALL));
			}
			return purpose == Purpose.MARKETING ? Optional.ofNullable(entries.get(Scope.MARKETING)) : Optional.empty();
		}

		/** Notes an entry this sender added itself, for the rest of its batch. */
		void add(String address, Scope scope, String reason) {
			reasons.computeIfAbsent(normal(channel, address), a -> new EnumMap<>(Scope.class))
				.putIfAbsent(scope, reason);
		}

	}

	public void add(StoreId storeId, Channel channel, String address, Scope scope, Reason reason,
			@Nullable String detail) {
		jdbc.sql("""
				insert into notifications.suppression (store_id, channel, address, scope, reason, detail, created_at)
				values (:store, :channel, :address, :scope, :reason, :detail, :now)
				on conflict (store_id, channel, address, scope) do nothing
				""")
			.param("store", storeId.value())
			.param("channel", channel.wireName())
			.param("address", normal(channel, address))
			.param("scope", scope.wireName())
			.param("reason", reason.wireName())
			.param("detail", detail)
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	/** Lifts every entry of an address on a channel (SMS START, a person's decision). */
	public int remove(StoreId storeId, Channel channel, String address) {
		return jdbc
			.sql("""
					delete from notifications.suppression where store_id = :store and channel = :channel and address = :address
					""")
			.param("store", storeId.value())
			.param("channel", channel.wireName())
			.param("address", normal(channel, address))
			.update();
	}

	/** The newest entries of a store. */
	public List<Entry> newest(StoreId storeId, int limit) {
		return jdbc.sql("""
				select channel, address, scope, reason, detail, created_at from notifications.suppression
				where store_id = :store order by created_at desc limit :limit
				""")
			.param("store", storeId.value())
			.param("limit", limit)
			.query((rs, n) -> new Entry(Channel.fromWireName(rs.getString(1)).orElseThrow(), rs.getString(2),
					Scope.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)), rs.getString(4), rs.getString(5),
					rs.getTimestamp(6).toInstant()))
			.list();
	}

	static String normal(Channel channel, String address) {
		return channel == Channel.EMAIL ? address.strip().toLowerCase(Locale.ROOT) : address.strip();
	}

}
