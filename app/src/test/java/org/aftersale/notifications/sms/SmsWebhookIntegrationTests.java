package org.aftersale.notifications.sms;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.aftersale.notifications.Channel;
import org.aftersale.notifications.Message;
import org.aftersale.notifications.MessageStatus;
import org.aftersale.notifications.Messages;
import org.aftersale.notifications.Purpose;
import org.aftersale.notifications.Suppressions;
import org.aftersale.notifications.Trigger;
import org.aftersale.orders.OrderId;
import org.aftersale.platform.PublicUrl;
import org.aftersale.stores.StoreFixtures;
import org.aftersale.stores.StoreFixtures.OpenedStore;
import org.aftersale.testing.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.aftersale.notifications.sms.SmsFixtures.MOBILE_E164;
import static org.aftersale.notifications.sms.SmsFixtures.TWILIO;
import static org.aftersale.notifications.sms.SmsFixtures.eventually;
import static org.aftersale.notifications.sms.SmsFixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provider's calls to us, signed with the store's auth token: a shopper's STOP stops
 * the next texts and START brings them back, HELP is answered, delivery reports are
 * recorded, and anything not signed by that store's own token is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.mail.host=", "aftersale.notifications.first-retry=1s",
				"aftersale.notifications.poll=100ms", "aftersale.notifications.max-attempts=2",
				"aftersale.notifications.sms-per-second=50", "aftersale.outbound.allow-private=true" })
class SmsWebhookIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	Messages messages;

	@Autowired
	Suppressions suppressions;

	@Autowired
	PublicUrl publicUrl;

	OpenedStore store;

	ApiClient api;

	SmsFixtures.Account account;

	@BeforeEach
	void storeWithAnSmsProvider() {
		store = StoreFixtures.openStore(environment, port);
		api = store.api(port);
		account = SmsFixtures.Account.fresh();
		account.configure(api, TWILIO);
	}

	@Test
	void stopsTextsToAShopperWhoRepliedStopUntilTheyReplyStart() {
		String[] order = SmsFixtures.orderWithShipment(api, SmsFixtures.MOBILE);
		scan(api, order[1], "in_transit", 30);
		eventually(() -> texts() == 1, "the shipped text");

		HttpResponse<String> stop = reply(" stop ");

		assertThat(stop.statusCode()).isEqualTo(200);
		assertThat(stop.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/xml"));
		assertThat(stop.body()).startsWith("<?xml")
			.contains("<Response><Message>Store " + store.slug() + ": you will get no more texts")
			.contains("START");
		assertThat(suppressions.blocking(store.id(), Channel.SMS, MOBILE_E164, Purpose.TRANSACTIONAL)).contains("stop");

		scan(api, order[1], "out_for_delivery", 20);
		eventually(() -> status(order[0], Trigger.OUT_FOR_DELIVERY) == MessageStatus.SUPPRESSED,
				"the out-for-delivery text suppressed");
		SmsFixtures.pause(Duration.ofMillis(500));
		assertThat(texts()).isEqualTo(1);

		HttpResponse<String> start = reply("Start");

		assertThat(start.statusCode()).isEqualTo(200);
		assertThat(start.body()).contains("again");
		assertThat(suppressions.blocking(store.id(), Channel.SMS, MOBILE_E164, Purpose.TRANSACTIONAL)).isEmpty();
		scan(api, order[1], "delivered", 10);
		eventually(() -> status(order[0], Trigger.DELIVERED) == MessageStatus.SENT, "the delivered text");
		assertThat(texts()).isEqualTo(2);
	}

	@Test
	void answersHelpWithTheStoresNameAndOtherTextsWithNothing() {
		HttpResponse<String> help = reply("help");
		HttpResponse<String> chat = reply("Where is my parcel?");

		assertThat(help.statusCode()).isEqualTo(200);
		assertThat(help.body()).contains("<Message>Store " + store.slug()).contains("STOP");
		assertThat(chat.statusCode()).isEqualTo(200);
		assertThat(chat.body()).endsWith("<Response/>");
		assertThat(suppressions.blocking(store.id(), Channel.SMS, MOBILE_E164, Purpose.TRANSACTIONAL)).isEmpty();
	}

	@Test
	void refusesUnsignedBadlySignedAndOtherStoresRequests() {
		String url = publicUrl.resolve("/webhooks/sms/" + store.slug());
		Map<String, String> form = Map.of("From", MOBILE_E164, "To", SmsFixtures.FROM, "Body", "STOP");
		OpenedStore other = StoreFixtures.openStore(environment, port);
		SmsFixtures.Account otherAccount = SmsFixtures.Account.fresh();
		otherAccount.configure(other.api(port), TWILIO);

		assertThat(SmsFixtures.webhook(url, form, (String) null).statusCode()).isEqualTo(401);
		assertThat(SmsFixtures.webhook(url, form, "RSOYDt4T1cUTdK1PDd93/VVr8B8=").statusCode()).isEqualTo(401);
		assertThat(SmsFixtures.signedWebhook(url, form, otherAccount.token()).statusCode()).isEqualTo(401);
		assertThat(SmsFixtures
			.signedWebhook(url + "/status", Map.of("MessageSid", "SM1", "MessageStatus", "delivered"),
					otherAccount.token())
			.statusCode()).isEqualTo(401);
		String unknown = publicUrl.resolve("/webhooks/sms/no-such-store");
		assertThat(SmsFixtures.signedWebhook(unknown, form, account.token()).statusCode()).isEqualTo(401);
		// Signed for another URL (the other store's), replayed at this one.
		String otherUrl = publicUrl.resolve("/webhooks/sms/" + other.slug());
		assertThat(SmsFixtures.signedWebhook(otherUrl, form, otherAccount.token()).statusCode()).isEqualTo(200);
		assertThat(suppressions.blocking(store.id(), Channel.SMS, MOBILE_E164, Purpose.TRANSACTIONAL)).isEmpty();
		assertThat(suppressions.blocking(other.id(), Channel.SMS, MOBILE_E164, Purpose.TRANSACTIONAL)).isPresent();
	}

	@Test
	void recordsDeliveryReports() {
		String[] order = SmsFixtures.orderWithShipment(api, SmsFixtures.MOBILE);
		scan(api, order[1], "in_transit", 30);
		eventually(() -> status(order[0], Trigger.SHIPPED) == MessageStatus.SENT, "the shipped text");
		String sid = message(order[0], Trigger.SHIPPED).providerId();
		String callback = publicUrl.resolve("/webhooks/sms/" + store.slug() + "/status");

		HttpResponse<String> sent = SmsFixtures.signedWebhook(callback,
				Map.of("MessageSid", sid, "MessageStatus", "sent", "To", MOBILE_E164), account.token());
		assertThat(message(order[0], Trigger.SHIPPED).status()).isEqualTo(MessageStatus.SENT);
		HttpResponse<String> delivered = SmsFixtures.signedWebhook(callback,
				Map.of("MessageSid", sid, "MessageStatus", "delivered", "To", MOBILE_E164), account.token());

		assertThat(sent.statusCode()).isEqualTo(204);
		assertThat(delivered.statusCode()).isEqualTo(204);
		Message message = message(order[0], Trigger.SHIPPED);
		assertThat(message.status()).isEqualTo(MessageStatus.DELIVERED);
		assertThat(message.deliveredAt()).isNotNull();
	}

	@Test
	void bouncesAndSuppressesATextReportedUndeliverableToAnUnknownNumber() {
		String[] order = SmsFixtures.orderWithShipment(api, SmsFixtures.MOBILE);
		scan(api, order[1], "in_transit", 30);
		eventually(() -> status(order[0], Trigger.SHIPPED) == MessageStatus.SENT, "the shipped text");
		String sid = message(order[0], Trigger.SHIPPED).providerId();

		HttpResponse<String> undelivered = SmsFixtures.signedWebhook(
				publicUrl.resolve("/webhooks/sms/" + store.slug() + "/status"),
				Map.of("MessageSid", sid, "MessageStatus", "undelivered", "ErrorCode", "30005", "To", MOBILE_E164),
				account.token());

		assertThat(undelivered.statusCode()).isEqualTo(204);
		Message message = message(order[0], Trigger.SHIPPED);
		assertThat(message.status()).isEqualTo(MessageStatus.BOUNCED);
		assertThat(message.lastError()).contains("30005").contains("unknown number");
		assertThat(suppressions.blocking(store.id(), Channel.SMS, MOBILE_E164, Purpose.TRANSACTIONAL)).isPresent();
	}

	private HttpResponse<String> reply(String body) {
		return SmsFixtures.signedWebhook(publicUrl.resolve("/webhooks/sms/" + store.slug()),
				Map.of("MessageSid", "SMin" + System.nanoTime(), "AccountSid", account.sid(), "From", MOBILE_E164, "To",
						SmsFixtures.FROM, "Body", body, "NumMedia", "0"),
				account.token());
	}

	private int texts() {
		return TWILIO.findAll(postRequestedFor(urlPathEqualTo(account.messagesPath()))).size();
	}

	private MessageStatus status(String orderId, Trigger trigger) {
		List<Message> found = messages.ofOrder(store.id(), OrderId.of(orderId))
			.stream()
			.filter(m -> m.channel() == Channel.SMS && m.trigger() == trigger)
			.toList();
		return found.isEmpty() ? null : found.get(0).status();
	}

	private Message message(String orderId, Trigger trigger) {
		return messages.ofOrder(store.id(), OrderId.of(orderId))
			.stream()
			.filter(m -> m.channel() == Channel.SMS && m.trigger() == trigger)
			.findFirst()
			.orElseThrow();
	}

}
