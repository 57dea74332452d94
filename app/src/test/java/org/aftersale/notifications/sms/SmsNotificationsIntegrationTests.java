package org.aftersale.notifications.sms;

import java.time.Duration;
import java.util.Base64;
import java.util.List;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.aftersale.notifications.Channel;
import org.aftersale.notifications.Message;
import org.aftersale.notifications.MessageStatus;
import org.aftersale.notifications.Messages;
import org.aftersale.notifications.Purpose;
import org.aftersale.notifications.Suppressions;
import org.aftersale.notifications.Trigger;
import org.aftersale.orders.OrderId;
import org.aftersale.stores.StoreFixtures;
import org.aftersale.stores.StoreFixtures.OpenedStore;
import org.aftersale.testing.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.aftersale.notifications.sms.SmsFixtures.TWILIO;
import static org.aftersale.notifications.sms.SmsFixtures.eventually;
import static org.aftersale.notifications.sms.SmsFixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Texts at the moments a parcel ships, goes out for delivery and arrives, handed to
 * WireMock playing the store's Twilio account: once each, retried when throttled, given
 * up on a provider that keeps failing, and never again to a number the provider refuses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.mail.host=", "aftersale.notifications.first-retry=1s",
				"aftersale.notifications.poll=100ms", "aftersale.notifications.max-attempts=2",
				"aftersale.notifications.sms-per-second=50", "aftersale.outbound.allow-private=true" })
class SmsNotificationsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	Messages messages;

	@Autowired
	Suppressions suppressions;

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
	void textsTheShopperOncePerMomentOfTheParcel() {
		String[] order = SmsFixtures.orderWithShipment(api, SmsFixtures.MOBILE);
		scan(api, order[1], "in_transit", 30);
		scan(api, order[1], "out_for_delivery", 20);
		scan(api, order[1], "delivered", 10);

		eventually(() -> texts().size() >= 3, "three texts");
		// Replayed scans are duplicates: nothing more is planned or sent.
		scan(api, order[1], "in_transit", 30);
		scan(api, order[1], "out_for_delivery", 20);
		scan(api, order[1], "delivered", 10);
		SmsFixtures.pause(Duration.ofMillis(1500));

		List<LoggedRequest> texts = texts();
		assertThat(texts).hasSize(3);
		String basic = "Basic "
				+ Base64.getEncoder().encodeToString((account.sid() + ":" + account.token()).getBytes());
		for (LoggedRequest text : texts) {
			assertThat(text.getHeader("Authorization")).isEqualTo(basic);
			assertThat(text.formParameter("To").firstValue()).isEqualTo(SmsFixtures.MOBILE_E164);
			assertThat(text.formParameter("From").firstValue()).isEqualTo(SmsFixtures.FROM);
			assertThat(text.formParameter("Body").firstValue())
				.containsPattern("http://localhost:" + port + "/s/[0-9A-Za-z]{10}$");
			assertThat(text.formParameter("StatusCallback").firstValue())
				.isEqualTo("http://localhost:" + port + "/webhooks/sms/" + store.slug() + "/status");
		}
		assertThat(sms(order[0])).extracting(Message::trigger)
			.containsExactlyInAnyOrder(Trigger.SHIPPED, Trigger.OUT_FOR_DELIVERY, Trigger.DELIVERED);
		// One short link for the order, in every text, each text one segment (#17).
		List<String> bodies = texts.stream().map(t -> t.formParameter("Body").firstValue()).toList();
		String link = bodies.get(0).substring(bodies.get(0).lastIndexOf("http://"));
		assertThat(bodies).allSatisfy(body -> {
			assertThat(body).endsWith(link);
			assertThat(SmsText.segments(body)).as(body).isEqualTo(1);
		});
		java.net.http.HttpResponse<String> followed = SmsFixtures.get(link);
		assertThat(followed.statusCode()).isEqualTo(302);
		assertThat(followed.headers().firstValue("Location").orElseThrow()).contains("/t/" + store.slug() + "/o/");
		assertThat(sms(order[0])).allSatisfy(message -> {
			assertThat(message.status()).isEqualTo(MessageStatus.SENT);
			assertThat(message.providerId()).startsWith("SM");
		});
	}

	@Test
	void retriesAThrottledTextAndSendsItOnce() {
		TWILIO.stubFor(post(urlPathEqualTo(account.messagesPath())).inScenario(account.sid())
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429)
				.withHeader("Retry-After", "1")
				.withBody("{\"code\":20429,\"message\":\"Too Many Requests\",\"status\":429}"))
			.willSetStateTo("throttled once"));
		String[] order = SmsFixtures.orderWithShipment(api, SmsFixtures.MOBILE);

		scan(api, order[1], "in_transit", 10);

		eventually(() -> sms(order[0]).stream().anyMatch(m -> m.status() == MessageStatus.SENT), "the text sent");
		SmsFixtures.pause(Duration.ofMillis(1500));
		assertThat(texts()).hasSize(2);
		assertThat(sms(order[0])).singleElement().satisfies(message -> assertThat(message.attempts()).isEqualTo(2));
	}

	@Test
	void givesUpOnAProviderThatKeepsFailing() {
		TWILIO.stubFor(post(urlPathEqualTo(account.messagesPath())).atPriority(1)
			.willReturn(aResponse().withStatus(500).withBody("{\"message\":\"oops\"}")));
		String[] order = SmsFixtures.orderWithShipment(api, SmsFixtures.MOBILE);

		scan(api, order[1], "in_transit", 10);

		eventually(() -> sms(order[0]).stream().anyMatch(m -> m.status() == MessageStatus.FAILED), "failed");
		SmsFixtures.pause(Duration.ofMillis(1500));
		assertThat(texts()).hasSize(2);
		assertThat(sms(order[0])).singleElement().satisfies(message -> {
			assertThat(message.lastError()).contains("gave up after 2 attempts");
			assertThat(message.subject()).as("the log says what was being sent").isNotBlank();
		});
	}

	@Test
	void bouncesAndSuppressesANumberTheProviderCallsInvalid() {
		TWILIO.stubFor(post(urlPathEqualTo(account.messagesPath())).atPriority(1)
			.willReturn(aResponse().withStatus(400)
				.withHeader("Content-Type", "application/json")
				.withBody(
						"{\"code\":21211,\"message\":\"The 'To' number is not a valid phone number.\",\"status\":400}")));
		String[] order = SmsFixtures.orderWithShipment(api, SmsFixtures.MOBILE);

		scan(api, order[1], "in_transit", 10);

		eventually(() -> sms(order[0]).stream().anyMatch(m -> m.status() == MessageStatus.BOUNCED), "bounced");
		assertThat(texts()).hasSize(1);
		assertThat(suppressions.blocking(store.id(), Channel.SMS, SmsFixtures.MOBILE_E164, Purpose.TRANSACTIONAL))
			.isPresent();
	}

	@Test
	void plansNoTextForALandline() {
		String[] order = SmsFixtures.orderWithShipment(api, "030 1234567");

		scan(api, order[1], "in_transit", 10);
		SmsFixtures.pause(Duration.ofMillis(1500));

		assertThat(sms(order[0])).isEmpty();
		assertThat(texts()).isEmpty();
	}

	private List<LoggedRequest> texts() {
		return TWILIO.findAll(postRequestedFor(urlPathEqualTo(account.messagesPath())));
	}

	private List<Message> sms(String orderId) {
		return messages.ofOrder(store.id(), OrderId.of(orderId))
			.stream()
			.filter(message -> message.channel() == Channel.SMS)
			.toList();
	}

}
