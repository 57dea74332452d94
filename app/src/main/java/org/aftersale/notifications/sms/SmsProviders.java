package org.aftersale.notifications.sms;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.aftersale.kernel.FieldProblem;
import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.StoreId;
import org.aftersale.platform.OutboundHttp;
import org.aftersale.platform.SecretBox;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stores' SMS provider accounts, with their tokens sealed at rest. Every message
 * looks its store's account up, so accounts are cached; saving or removing one evicts it
 * here, and the cache expires soon enough for another instance to see the change.
 */
@Component
public class SmsProviders {

	static final String TWILIO = "twilio";

	static final String TWILIO_API = "https://api.twilio.com";

	private static final Pattern ACCOUNT_SID = Pattern.compile("AC[0-9a-fA-F]{32}");

	private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

	// Alphanumeric sender ids: up to 11 letters, digits and spaces, at least one letter
	// (all digits would be read as a short code or number).
	private static final Pattern SENDER_ID = Pattern.compile("(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}");

	private final JdbcClient jdbc;

	private final SecretBox box;

	private final Clock clock;

	private final Cache<StoreId, Optional<SmsProvider>> cache = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(Duration.ofMinutes(1))
		.build();

	private final OutboundHttp outbound;

	SmsProviders(JdbcClient jdbc, SecretBox box, OutboundHttp outbound, Clock clock) {
		this.jdbc = jdbc;
		this.box = box;
		this.outbound = outbound;
		this.clock = clock;
	}

	/** The store's account, if it set one up. */
	public Optional<SmsProvider> find(StoreId storeId) {
		return cache.get(storeId, this::load);
	}

	/**
	 * Checks and stores the store's account, replacing the one before.
	 * @param keepToken whether a missing token keeps the stored one (the admin form,
	 * where the token is write-only) rather than being a mistake
	 * @throws InvalidInputException with one problem per bad field
	 */
	public SmsProvider save(StoreId storeId, SmsProviderUpdate update, boolean keepToken) {
		List<FieldProblem> problems = new ArrayList<>();
		String provider = strip(update.provider());
		if (provider == null) {
			provider = keepToken ? TWILIO : "";
		}
		if (!TWILIO.equals(provider.toLowerCase(Locale.ROOT))) {
			problems.add(new FieldProblem("provider", "must be twilio"));
		}
		String sid = strip(update.accountSid());
		if (sid == null || !ACCOUNT_SID.matcher(sid).matches()) {
			problems.add(new FieldProblem("accountSid", "must be AC followed by 32 hexadecimal digits"));
		}
		String token = strip(update.authToken());
		String sealed = null;
		if (token == null) {
			sealed = keepToken ? storedToken(storeId) : null;
			if (sealed == null) {
				problems.add(new FieldProblem("authToken", "must be set"));
			}
		}
		else if (token.length() > 200) {
			problems.add(new FieldProblem("authToken", "must be at most 200 characters"));
		}
		String from = strip(update.fromNumber());
		if (from == null || !(E164.matcher(from).matches() || SENDER_ID.matcher(from).matches())) {
			problems.add(new FieldProblem("fromNumber",
					"must be a number in E.164 (+14155550100) or a sender id of up to 11 letters and digits"));
		}
		String baseUrl = baseUrl(update.baseUrl(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (token != null) {
			sealed = box.seal(token, context(storeId));
		}
		Instant now = clock.instant();
		jdbc.sql("""
				insert into notifications.sms_provider
				  (store_id, provider, account_sid, auth_token_sealed, from_number, base_url, updated_at)
				values (:store, :provider, :sid, :token, :from, :base, :now)
				on conflict (store_id) do update set provider = excluded.provider, account_sid = excluded.account_sid,
				  auth_token_sealed = excluded.auth_token_sealed, from_number = excluded.from_number,
				  base_url = excluded.base_url, updated_at = excluded.updated_at
				""")
			.param("store", storeId.value())
			.param("provider", TWILIO)
			.param("sid", sid)
			.param("token", sealed)
			.param("from", from)
			.param("base", baseUrl)
			.param("now", Timestamp.from(now))
			.update();
		cache.invalidate(storeId);
		return find(storeId).orElseThrow();
	}

	/** Removes the store's account: no more SMS are planned or sent. */
	public boolean remove(StoreId storeId) {
		int removed = jdbc.sql("delete from notifications.sms_provider where store_id = :store")
			.param("store", storeId.value())
			.update();
		cache.invalidate(storeId);
		return removed == 1;
	}

	private Optional<SmsProvider> load(StoreId storeId) {
		return jdbc.sql("""
				select provider, account_sid, auth_token_sealed, from_number, base_url, updated_at
				from notifications.sms_provider where store_id = :store
				""")
			.param("store", storeId.value())
			.query((rs, n) -> new SmsProvider(storeId, rs.getString(1), rs.getString(2),
					box.open(rs.getString(3), context(storeId)), rs.getString(4), rs.getString(5),
					rs.getTimestamp(6).toInstant()))
			.optional();
	}

	private @Nullable String storedToken(StoreId storeId) {
		return jdbc.sql("select auth_token_sealed from notifications.sms_provider where store_id = :store")
			.param("store", storeId.value())
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private String baseUrl(@Nullable String raw, List<FieldProblem> problems) {
		String value = strip(raw);
		if (value == null) {
			return TWILIO_API;
		}
		try {
			URI uri = new URI(value);
			if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
					&& uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null
					&& value.length() <= 300) {
				Optional<String> refusal = outbound.refusal(uri);
				if (refusal.isPresent()) {
					problems.add(new FieldProblem("baseUrl", refusal.get()));
					return value;
				}
				return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
			}
		}
		catch (URISyntaxException ex) {
			// reported below like any other bad URL
		}
		problems.add(new FieldProblem("baseUrl", "must be an http or https URL without query"));
		return value;
	}

	private static @Nullable String strip(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	// Bound to the store, so a sealed token copied to another store's row does not open.
	static String context(StoreId storeId) {
		return "notifications.sms_provider:" + storeId.value();
	}

}
