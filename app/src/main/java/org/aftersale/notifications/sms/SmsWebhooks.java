package org.aftersale.notifications.sms;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.aftersale.kernel.StoreId;
import org.aftersale.notifications.Channel;
import org.aftersale.notifications.MessageStatus;
import org.aftersale.notifications.Messages;
import org.aftersale.notifications.PhoneNumbers;
import org.aftersale.notifications.Suppressions;
import org.aftersale.stores.Store;
import org.aftersale.stores.StoreDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * What the provider tells us: shoppers' replies (STOP, START, HELP) and delivery reports
 * of the texts it accepted. Both arrive signed with the store's own auth token; a request
 * that is not, or names a store without an SMS provider, is refused.
 */
@Component
public class SmsWebhooks {

	private static final Logger log = LoggerFactory.getLogger(SmsWebhooks.class);

	/** The empty answer: no reply to the shopper. */
	public static final String NO_REPLY = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

	private final StoreDirectory stores;

	private final SmsProviders providers;

	private final Suppressions suppressions;

	private final Messages messages;

	SmsWebhooks(StoreDirectory stores, SmsProviders providers, Suppressions suppressions, Messages messages) {
		this.stores = stores;
		this.providers = providers;
		this.suppressions = suppressions;
		this.messages = messages;
	}

	/**
	 * The store the request is for, if it carries the right signature.
	 * @param url the full public URL the provider called, with its query string
	 * @param params the POST parameters (not those of the query string)
	 */
	public Optional<Store> verify(String storeSlug, @Nullable String signature, String url,
			Map<String, List<String>> params) {
		Optional<Store> store = stores.findBySlug(storeSlug);
		if (store.isEmpty()) {
			return Optional.empty();
		}
		Optional<SmsProvider> provider = providers.find(store.get().id());
		if (provider.isEmpty() || !TwilioSignature.matches(provider.get().authToken(), url, params, signature)) {
			log.debug("refused an SMS webhook for {} at {} with parameters {}", storeSlug, url, params.keySet());
			return Optional.empty();
		}
		return store;
	}

	/**
	 * Honours a shopper's reply and answers it in TwiML: STOP and its synonyms suppress
	 * every text to the number, START lifts that, HELP says who we are and how to stop.
	 * Anything else gets no answer.
	 */
	public String inbound(Store store, Map<String, List<String>> params) {
		String from = first(params, "From");
		String body = first(params, "Body");
		Optional<SmsKeyword> keyword = SmsKeyword.of(body == null ? "" : body);
		if (from == null || keyword.isEmpty()) {
			return NO_REPLY;
		}
		String number = number(from);
		StoreId storeId = store.id();
		switch (keyword.get()) {
			case STOP:
				suppressions.add(storeId, Channel.SMS, number, Suppressions.Scope.ALL, Suppressions.Reason.STOP,
						"replied " + body.strip());
				return reply(store.name() + ": you will get no more texts from us. Reply START to get them again.");
			case START:
				suppressions.remove(storeId, Channel.SMS, number);
				return reply(store.name() + ": you will get texts about your orders again. Reply STOP to stop them.");
			default:
				return reply(store.name() + ": texts about your orders. Reply STOP to stop them, START to get them "
						+ "again. Msg&data rates may apply.");
		}
	}

	/**
	 * Records a delivery report: delivered, or failed for good. A report that the number
	 * does not exist, is a landline or blocks us also suppresses the number, as a refusal
	 * at hand-over would. Interim reports (queued, sent) change nothing.
	 */
	public void status(Store store, Map<String, List<String>> params) {
		String sid = first(params, "MessageSid");
		String state = first(params, "MessageStatus");
		if (sid == null || state == null) {
			return;
		}
		String errorCode = first(params, "ErrorCode");
		DeliveryReport report = DeliveryReport.of(state, errorCode);
		if (report.status() == null) {
			return;
		}
		boolean known = messages.recordProviderReport(store.id(), Channel.SMS, sid, report.status(), report.detail());
		String to = first(params, "To");
		if (known && report.suppress() && to != null) {
			suppressions.add(store.id(), Channel.SMS, number(to), Suppressions.Scope.ALL, Suppressions.Reason.BOUNCE,
					report.detail());
		}
		if (!known) {
			log.debug("delivery report {} for unknown SMS {}", state, sid);
		}
	}

	private static String number(String raw) {
		return PhoneNumbers.e164(raw, null).orElse(raw.strip());
	}

	private static String reply(String text) {
		String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>" + escaped + "</Message></Response>";
	}

	private static @Nullable String first(Map<String, List<String>> params, String name) {
		List<String> values = params.get(name);
		return values == null || values.isEmpty() ? null : values.get(0);
	}

	/**
	 * What a provider's status means for the message.
	 *
	 * @param status null for interim states
	 */
	record DeliveryReport(@Nullable MessageStatus status, @Nullable String detail, boolean suppress) {

		static DeliveryReport of(String state, @Nullable String errorCode) {
			switch (state.strip().toLowerCase(java.util.Locale.ROOT)) {
				case "delivered":
					return new DeliveryReport(MessageStatus.DELIVERED, null, false);
				case "undelivered":
				case "failed":
					return failed(state, errorCode);
				default:
					return new DeliveryReport(null, null, false);
			}
		}

		// Twilio's carrier errors (https://www.twilio.com/docs/api/errors): 30003 handset
		// off or out of reach and 30007 carrier filtering may pass; 30004 blocked, 30005
		// unknown number and 30006 landline will not, so those are bounces.
		private static DeliveryReport failed(String state, @Nullable String errorCode) {
			String code = errorCode == null ? "" : errorCode.strip();
			String detail = "provider reported " + state.strip()
					+ (code.isEmpty() ? "" : " (error " + code + ": " + meaning(code) + ")");
			boolean bounce = code.equals("30004") || code.equals("30005") || code.equals("30006");
			return new DeliveryReport(bounce ? MessageStatus.BOUNCED : MessageStatus.FAILED, detail, bounce);
		}

		private static String meaning(String code) {
			switch (code) {
				case "30003":
					return "unreachable handset";
				case "30004":
					return "blocked by the recipient or carrier";
				case "30005":
					return "unknown number";
				case "30006":
					return "landline or unreachable carrier";
				case "30007":
					return "filtered by the carrier";
				case "30008":
					return "unknown error";
				default:
					return "see the provider's error list";
			}
		}

	}

}
