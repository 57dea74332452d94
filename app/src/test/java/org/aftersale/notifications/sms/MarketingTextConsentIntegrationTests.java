package org.aftersale.notifications.sms;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.aftersale.notifications.Channel;
import org.aftersale.notifications.Message;
import org.aftersale.notifications.MessageStatus;
import org.aftersale.notifications.Messages;
import org.aftersale.notifications.Trigger;
import org.aftersale.notifications.TriggerConditions;
import org.aftersale.notifications.TriggerSetting;
import org.aftersale.notifications.TriggerSettings;
import org.aftersale.orders.OrderId;
import org.aftersale.stores.StoreFixtures;
import org.aftersale.stores.StoreFixtures.OpenedStore;
import org.aftersale.testing.ApiClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import static org.aftersale.notifications.sms.SmsFixtures.TWILIO;
import static org.aftersale.notifications.sms.SmsFixtures.eventually;
import static org.aftersale.notifications.sms.SmsFixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A marketing text goes only to a shopper who said yes to texts in the shop; service
 * texts about the parcel go regardless.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.mail.host=", "aftersale.notifications.first-retry=1s",
				"aftersale.notifications.poll=100ms", "aftersale.notifications.max-attempts=2",
				"aftersale.notifications.sms-per-second=50", "aftersale.outbound.allow-private=true" })
class MarketingTextConsentIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	Messages messages;

	@Autowired
	TriggerSettings triggers;

	@Test
	void plansTheFollowUpTextOnlyForShoppersWhoAgreedToMarketingTexts() {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		ApiClient api = store.api(port);
		SmsFixtures.Account.fresh().configure(api, TWILIO);
		triggers.save(store.id(),
				new TriggerSetting(Trigger.FOLLOW_UP, Channel.SMS, true, Duration.ZERO, TriggerConditions.NONE));

		String agreed = deliveredOrder(api, ",\"smsMarketingConsent\":true");
		String declined = deliveredOrder(api, ",\"smsMarketingConsent\":false");
		String unknown = deliveredOrder(api, "");

		assertThat(followUp(store, agreed).status()).isEqualTo(MessageStatus.SCHEDULED);
		for (String order : List.of(declined, unknown)) {
			Message followUp = followUp(store, order);
			assertThat(followUp.status()).isEqualTo(MessageStatus.SUPPRESSED);
			assertThat(followUp.lastError()).isEqualTo("the shopper has not agreed to marketing texts in the shop");
		}
		// The service text about the parcel is not marketing: it goes to every one of
		// them.
		for (String order : List.of(agreed, declined, unknown)) {
			assertThat(messages.ofOrder(store.id(), id(order)))
				.filteredOn(m -> m.trigger() == Trigger.SHIPPED && m.channel() == Channel.SMS)
				.singleElement()
				.extracting(Message::status)
				.isNotEqualTo(MessageStatus.SUPPRESSED);
		}
		ApiClient.Response json = api.get("/api/v1/orders/" + agreed);
		assertThat(json.json().get("customer").get("smsMarketingConsent").asBoolean()).isTrue();
		assertThat(api.get("/api/v1/orders/" + unknown).json().get("customer").get("smsMarketingConsent").isNull())
			.isTrue();
	}

	private static String deliveredOrder(ApiClient api, String consent) {
		String body = SmsFixtures.mobileOrderJson(SmsFixtures.MOBILE)
			.replace("\"phone\":\"" + SmsFixtures.MOBILE + "\"", "\"phone\":\"" + SmsFixtures.MOBILE + "\"" + consent);
		ApiClient.Response order = api.post("/api/v1/orders", body);
		assertThat(order.status()).as(order.body()).isEqualTo(201);
		String orderId = order.json().get("id").asString();
		String tracking = "SMS" + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000_000L);
		ApiClient.Response shipment = api.post("/api/v1/orders/" + orderId + "/shipments",
				"{\"trackingNumber\":\"" + tracking + "\"}");
		assertThat(shipment.status()).as(shipment.body()).isEqualTo(201);
		scan(api, tracking, "in_transit", 60);
		scan(api, tracking, "delivered", 30);
		return orderId;
	}

	private Message followUp(OpenedStore store, String order) {
		eventually(
				() -> messages.ofOrder(store.id(), id(order)).stream().anyMatch(m -> m.trigger() == Trigger.FOLLOW_UP),
				"the follow-up of " + order);
		return messages.ofOrder(store.id(), id(order))
			.stream()
			.filter(m -> m.trigger() == Trigger.FOLLOW_UP)
			.findFirst()
			.orElseThrow();
	}

	private static OrderId id(String order) {
		return new OrderId(UUID.fromString(order));
	}

}
