package org.aftersale.notifications;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.aftersale.orders.OrderFixtures;
import org.aftersale.stores.StoreFixtures;
import org.aftersale.stores.StoreFixtures.OpenedStore;
import org.aftersale.testing.ApiClient;
import org.aftersale.testing.MailServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The exactly-once promise against real failures: this context plans the messages but
 * does not send; separate Aftersale processes on the same database send them. Killing a
 * sender mid-burst loses nothing and duplicates nothing, and two senders side by side
 * never send a message twice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.mail.host=127.0.0.1", "aftersale.notifications.dispatch=false" })
class ExactlyOnceSendingIntegrationTests {

	static final int BURST = 300;

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", MailServer::port);
	}

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Messages messages;

	@Test
	void aSenderKilledMidBurstLosesNothingAndSendsNothingTwice() throws Exception {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		String prefix = burst(store, "kill");
		Path firstLog = SendingInstances.logFile("killed");
		Process first = SendingInstances.start(environment, MailServer.port(), firstLog);
		try {
			// The kill resets the sender's SMTP connections: the mail server's threads
			// report it, which is the point of the test, not a failure of it.
			await().dontCatchUncaughtExceptions()
				.atMost(Duration.ofMinutes(3))
				.pollInterval(Duration.ofMillis(50))
				.until(() -> received(prefix).size() >= BURST / 4);
			SendingInstances.kill(first);
		}
		finally {
			first.destroyForcibly();
		}
		int beforeRestart = received(prefix).size();
		assertThat(beforeRestart).as("killed mid-burst, " + Files.readString(firstLog)).isLessThan(BURST);

		Process second = SendingInstances.start(environment, MailServer.port(), SendingInstances.logFile("restarted"));
		try {
			await().dontCatchUncaughtExceptions().atMost(Duration.ofMinutes(3)).until(() -> pending(store) == 0);
		}
		finally {
			SendingInstances.stop(second);
		}

		Map<String, Integer> perRecipient = countPerRecipient(received(prefix));
		List<String> unconfirmed = recipients(store, "unconfirmed");
		assertThat(perRecipient.values()).as("no shopper got the confirmation twice").allMatch(n -> n == 1);
		// An unconfirmed message was being handed over when the sender died: it may or
		// may
		// not have arrived, and it is never sent again on its own.
		java.util.Set<String> accounted = new java.util.HashSet<>(perRecipient.keySet());
		accounted.addAll(unconfirmed);
		assertThat(accounted).as("nothing lost").hasSize(BURST);
		// Only the message each killed sender (4 e-mail workers) was handing over may be
		// in
		// doubt.
		assertThat(unconfirmed).hasSizeLessThanOrEqualTo(4);
		assertThat(count(store, "sent") + unconfirmed.size()).isEqualTo(BURST);
	}

	@Test
	void twoInstancesOnOneDatabaseSendEachMessageOnce() throws Exception {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		String prefix = burst(store, "pair");
		Process one = SendingInstances.start(environment, MailServer.port(), SendingInstances.logFile("one"));
		Process two = SendingInstances.start(environment, MailServer.port(), SendingInstances.logFile("two"));
		try {
			await().atMost(Duration.ofMinutes(3)).until(() -> pending(store) == 0);
		}
		finally {
			SendingInstances.stop(one);
			SendingInstances.stop(two);
		}

		Map<String, Integer> perRecipient = countPerRecipient(received(prefix));
		assertThat(perRecipient).hasSize(BURST);
		assertThat(perRecipient.values()).allMatch(n -> n == 1);
		assertThat(count(store, "sent")).isEqualTo(BURST);
	}

	@Test // #16
	void sendsAgainWhatADeadSenderNeverBeganToHandOverAndHoldsWhatItDid() {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		ApiClient api = store.api(port);
		for (int i = 0; i < 3; i++) {
			api.post("/api/v1/orders", OrderFixtures.recentOrderJson(UUID.randomUUID().toString(), "#" + (20_000 + i),
					"dead-sender-" + i + "-" + store.slug() + "@example.com"));
		}
		await().atMost(Duration.ofMinutes(1)).until(() -> count(store, "scheduled") == 3);

		// A sender claims the messages and dies before it hands any over (say, while
		// composing): its lease runs out.
		List<Message> claimed = claimOf(store, UUID.randomUUID());
		assertThat(claimed).hasSize(3);
		messages.recoverAbandoned();
		assertThat(count(store, "scheduled")).as("queued again, sent by the next sender").isEqualTo(3);
		assertThat(count(store, "unconfirmed")).isZero();

		// This time it dies after it began handing the first over.
		UUID token = UUID.randomUUID();
		List<Message> again = claimOf(store, token);
		assertThat(messages.markHandoverStarted(List.of(again.get(0).id()), token)).isTrue();
		messages.recoverAbandoned();
		assertThat(count(store, "unconfirmed")).as("may have gone out: a person decides").isEqualTo(1);
		assertThat(count(store, "scheduled")).isEqualTo(2);
		assertThat(messages.markHandoverStarted(List.of(again.get(1).id()), token))
			.as("a sender whose claim was recovered may not hand over any more")
			.isFalse();
	}

	private List<Message> claimOf(OpenedStore store, UUID token) {
		return messages.claim(Channel.EMAIL, token, 500, Duration.ZERO)
			.stream()
			.filter(message -> message.storeId().equals(store.id()))
			.toList();
	}

	/**
	 * Places BURST orders for distinct shoppers and waits until their messages are
	 * planned.
	 */
	private String burst(OpenedStore store, String name) {
		String prefix = name + "-" + UUID.randomUUID().toString().substring(0, 8);
		ApiClient api = store.api(port);
		for (int from = 0; from < BURST; from += 100) {
			List<String> orders = new ArrayList<>();
			for (int i = from; i < from + 100; i++) {
				orders.add(OrderFixtures.recentOrderJson(UUID.randomUUID().toString(), "#" + (10_000 + i),
						prefix + "-" + i + "@example.com"));
			}
			ApiClient.Response response = api.post("/api/v1/orders/batch",
					"{\"orders\":[" + String.join(",", orders) + "]}");
			assertThat(response.status()).as(response.body()).isIn(200, 201, 207);
		}
		await().atMost(Duration.ofMinutes(2)).until(() -> count(store, "scheduled") == BURST);
		return prefix;
	}

	private long pending(OpenedStore store) {
		return jdbc.sql("""
				select count(*) from notifications.message
				where store_id = :store and status in ('scheduled', 'held', 'sending')""")
			.param("store", store.id().value())
			.query(Long.class)
			.single();
	}

	private long count(OpenedStore store, String status) {
		return jdbc.sql("select count(*) from notifications.message where store_id = :store and status = :status")
			.param("store", store.id().value())
			.param("status", status)
			.query(Long.class)
			.single();
	}

	private List<String> recipients(OpenedStore store, String status) {
		return jdbc.sql("select recipient from notifications.message where store_id = :store and status = :status")
			.param("store", store.id().value())
			.param("status", status)
			.query(String.class)
			.list();
	}

	private static List<MimeMessage> received(String prefix) {
		return java.util.Arrays.stream(MailServer.get().getReceivedMessages())
			.filter(m -> recipient(m).startsWith(prefix))
			.toList();
	}

	private static Map<String, Integer> countPerRecipient(List<MimeMessage> messages) {
		Map<String, Integer> counts = new HashMap<>();
		messages.forEach(m -> counts.merge(recipient(m), 1, Integer::sum));
		return counts;
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
