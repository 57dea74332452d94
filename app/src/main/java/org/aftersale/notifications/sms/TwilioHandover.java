package org.aftersale.notifications.sms;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.aftersale.kernel.StoreId;
import org.aftersale.notifications.MessageChannel;
import org.aftersale.notifications.OutgoingMessage;
import org.aftersale.notifications.SendOutcome;
import org.aftersale.platform.OutboundHttp;
import org.aftersale.platform.RefusedTarget;
import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hands texts to a Twilio-compatible Messages API, one HTTP request each: {@code POST
 * {baseUrl}/2010-04-01/Accounts/{sid}/Messages.json} with basic auth. The reply decides
 * the outcome: 2xx accepted; 429, 5xx and network trouble try again later; a refused
 * recipient is suppressed; other refusals fail the message.
 */
class TwilioHandover implements MessageChannel.Handover {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Twilio's error codes that mean the number itself will never take our texts: 21211
	 * invalid 'To' number, 21614 not a mobile number, 21610 the recipient replied STOP.
	 */
	// A provider's answer is a small JSON object; more is not read.
	private static final int MAX_ANSWER_BYTES = 64 * 1024;

	static final Set<Integer> BAD_RECIPIENT = Set.of(21211, 21614, 21610);

	private final OutboundHttp http;

	private final SmsProviders providers;

	private final Function<StoreId, String> statusCallback;

	private final Consumer<String> pace;

	TwilioHandover(OutboundHttp http, SmsProviders providers, Function<StoreId, String> statusCallback,
			Consumer<String> pace) {
		this.http = http;
		this.providers = providers;
		this.statusCallback = statusCallback;
		this.pace = pace;
	}

	@Override
	public SendOutcome send(OutgoingMessage message) {
		Optional<SmsProvider> found;
		try {
			found = providers.find(message.storeId());
		}
		catch (RuntimeException ex) {
			// The database or a token that no longer opens: nothing the message can
			// change, but the merchant or the operator can.
			return new SendOutcome.Retry("cannot load the SMS provider: " + ex.getMessage(), null);
		}
		if (found.isEmpty()) {
			return new SendOutcome.Rejected("the store has no SMS provider any more", false);
		}
		SmsProvider provider = found.get();
		pace.accept(provider.accountSid());
		URI url = URI.create(provider.baseUrl() + "/2010-04-01/Accounts/" + provider.accountSid() + "/Messages.json");
		Map<String, String> headers = Map.of("Authorization", basic(provider), "Content-Type",
				"application/x-www-form-urlencoded", "Accept", "application/json");
		try {
			OutboundHttp.Answer answer = http.post(url, headers,
					form(message, provider).getBytes(StandardCharsets.UTF_8), SmsChannel.TIMEOUT, MAX_ANSWER_BYTES);
			return outcome(answer.status(), answer.body(), answer.retryAfter());
		}
		catch (RefusedTarget ex) {
			// Texts wait while the merchant corrects the provider's address.
			return new SendOutcome.Retry("SMS provider refused: " + ex.getMessage(), null);
		}
		catch (IOException ex) {
			// Time-outs, refused and reset connections: the provider may be back soon.
			return new SendOutcome.Retry("SMS provider unreachable: " + ex, null);
		}
	}

	private String form(OutgoingMessage message, SmsProvider provider) {
		return "To=" + encode(message.recipient()) + "&From=" + encode(provider.fromNumber()) + "&Body="
				+ encode(SmsText.fit(message.text())) + "&StatusCallback="
				+ encode(statusCallback.apply(message.storeId()));
	}

	static SendOutcome outcome(int status, String body, @Nullable String retryAfter) {
		if (status >= 200 && status < 300) {
			// The provider took the text and will send it: a malformed reply must not
			// make us send it a second time, so it is accepted without a provider id
			// (its delivery reports then find no message, which is the lesser harm).
			return new SendOutcome.Accepted(field(body, "sid").orElse("unknown"));
		}
		String reason = "HTTP " + status + field(body, "code").map(code -> " error " + code).orElse("")
				+ field(body, "message").map(text -> ": " + text).orElse("");
		if (status == 429) {
			return new SendOutcome.Retry(reason, retryAfter(retryAfter));
		}
		if (status >= 500 || status == 401 || status == 408) {
			// 401: the merchant's credentials were refused; texts wait while they fix
			// them rather than being dropped at once.
			return new SendOutcome.Retry(reason, retryAfter(retryAfter));
		}
		Optional<Integer> code = field(body, "code").flatMap(TwilioHandover::integer);
		return new SendOutcome.Rejected(reason, code.isPresent() && BAD_RECIPIENT.contains(code.get()));
	}

	private static Optional<String> field(String body, String name) {
		try {
			JsonNode node = JSON.readTree(body).get(name);
			return node == null || node.isNull() || node.asString().isBlank() ? Optional.empty()
					: Optional.of(node.asString());
		}
		catch (JacksonException | IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static Optional<Integer> integer(String value) {
		try {
			return Optional.of(Integer.parseInt(value.strip()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/** Retry-After in seconds or as an HTTP date (RFC 9110). */
	static @Nullable Duration retryAfter(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
		}
		catch (NumberFormatException ex) {
			try {
				Duration until = Duration.between(ZonedDateTime.now(),
						ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME));
				return until.isNegative() ? Duration.ZERO : until;
			}
			catch (DateTimeParseException notADate) {
				return null;
			}
		}
	}

	private static String basic(SmsProvider provider) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((provider.accountSid() + ":" + provider.authToken()).getBytes(StandardCharsets.UTF_8));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	@Override
	public void close() {
		// Requests share the channel's client; there is nothing of the batch's own to
		// close.
	}

}
