package org.aftersale.tracking;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;
import org.aftersale.platform.PublicUrl;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Short links to an order's tracking page for texts: {@code /s/{code}}, about 30
 * characters where a signed link takes over 100, so a message keeps to one segment. The
 * code is random (ten characters of 62, about 59 bits) and stands for the order only
 * until it expires, as long as a signed link would; a click is redirected to a freshly
 * signed link. An order keeps using its code while the code has a month left, so retries
 * and several texts about one order share it.
 */
@Component
public class ShortLinks {

	/** Where the page lives, relative to the server. */
	public static final String PREFIX = "/s/";

	static final int LENGTH = 10;

	private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

	private static final Duration REUSE_WHILE = Duration.ofDays(30);

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final TrackingLinkSettings settings;

	private final PublicUrl publicUrl;

	private final Clock clock;

	ShortLinks(JdbcClient jdbc, TrackingLinkSettings settings, PublicUrl publicUrl, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.publicUrl = publicUrl;
		this.clock = clock;
	}

	/** What a code stands for. */
	public record Target(StoreId storeId, OrderId orderId, boolean expired) {
	}

	/**
	 * The absolute short link to the order's page. The caller makes sure the order
	 * belongs to the store.
	 */
	@Transactional
	public String urlFor(StoreId storeId, OrderId orderId) {
		Instant now = clock.instant();
		Optional<String> current = jdbc.sql("""
				select code from tracking.short_link
				where store_id = :store and order_id = :order and expires_at > :reuseUntil
				order by expires_at desc limit 1""")
			.param("store", storeId.value())
			.param("order", orderId.value())
			.param("reuseUntil", Timestamp.from(now.plus(REUSE_WHILE)))
			.query(String.class)
			.optional();
		String code = current.orElseGet(() -> create(storeId, orderId, now));
		return publicUrl.resolve(PREFIX + code);
	}

	private String create(StoreId storeId, OrderId orderId, Instant now) {
		while (true) {
			String code = code();
			int inserted = jdbc.sql("""
					insert into tracking.short_link (code, store_id, order_id, expires_at, created_at)
					values (:code, :store, :order, :expires, :now) on conflict (code) do nothing""")
				.param("code", code)
				.param("store", storeId.value())
				.param("order", orderId.value())
				.param("expires", Timestamp.from(now.plus(settings.linkValidity()).truncatedTo(ChronoUnit.SECONDS)))
				.param("now", Timestamp.from(now))
				.update();
			if (inserted == 1) {
				return code;
			}
		}
	}

	/** What the code stands for, expired or not; empty for a code never given out. */
	public Optional<Target> resolve(String code) {
		if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		return jdbc.sql("select store_id, order_id, expires_at from tracking.short_link where code = :code")
			.param("code", code)
			.query((rs, n) -> new Target(new StoreId(rs.getObject("store_id", UUID.class)),
					new OrderId(rs.getObject("order_id", UUID.class)),
					!rs.getTimestamp("expires_at").toInstant().isAfter(now)))
			.optional();
	}

	private String code() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	// An expired code still names its store for a week, so its page can offer that
	// store's look-up; after that it is forgotten.
	@Scheduled(fixedDelayString = "${aftersale.tracking.short-link-purge-interval:PT6H}", initialDelayString = "PT7M")
	void forgetExpired() {
		jdbc.sql("delete from tracking.short_link where expires_at < :before")
			.param("before", Timestamp.from(clock.instant().minus(Duration.ofDays(7))))
			.update();
	}

}
