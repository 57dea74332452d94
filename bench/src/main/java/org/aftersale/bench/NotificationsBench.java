package org.aftersale.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures the notifications pipeline end to end against a running Aftersale whose SMTP
 * server is a GreenMail started by this driver: creates orders with one shipment each
 * (their confirmations go out and are drained first), then posts one {@code delivered}
 * carrier event per shipment in batches and prints the e-mails/s GreenMail received, the
 * latency from each batch's POST (and from its 202) to the e-mail's arrival, and the
 * duplicates (more than one e-mail per recipient and trigger, or one Message-ID twice),
 * which must be zero; then the floor the machine sets for the same burst
 * ({@link SmtpFloor}). Run on purpose through {@code bench/run.sh notifications}.
 *
 * <pre>
 * java -cp ... org.aftersale.bench.NotificationsBench --url http://localhost:18090 \
 *   --credentials aftersale-data/initial-credentials.json --smtp-port 18025 --orders 10000 --batch 500 --clients 2
 * </pre>
 */
public final class NotificationsBench {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** One e-mail as GreenMail stored it, with when this driver first saw it. */
	record Received(long seenNanos, String messageId, String recipient, String trigger) {
	}

	private NotificationsBench() {
	}

	public static void main(String[] args) throws Exception {
		// Jakarta Mail otherwise looks its stream provider up with a ServiceLoader scan
		// of
		// the class path for every message GreenMail parses.
		System.setProperty("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			values.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		String url = values.getOrDefault("url", "http://localhost:8080");
		String key = values.containsKey("key") ? values.get("key") : OrderIntakeBench
			.readKey(Path.of(values.getOrDefault("credentials", "aftersale-data/initial-credentials.json")));
		int orders = Integer.parseInt(values.getOrDefault("orders", "10000"));
		int batch = Integer.parseInt(values.getOrDefault("batch", "500"));
		int clients = Integer.parseInt(values.getOrDefault("clients", "2"));
		int smtpPort = Integer.parseInt(values.getOrDefault("smtp-port", "18025"));
		// 0: the whole burst as fast as the server accepts it; otherwise events per
		// second.
		double rate = Double.parseDouble(values.getOrDefault("rate", "0"));
		Api api = new Api(url, key);

		GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		Mailbox mailbox = new Mailbox(smtp);
		try {
			String run = Long.toString(System.currentTimeMillis(), 36);
			long setUp = System.nanoTime();
			List<String> numbers = setUp(api, run, orders, Math.max(4, clients * 2));
			System.out.printf("%d orders with a shipment each in %.1f s%n", numbers.size(),
					(System.nanoTime() - setUp) / 1e9);
			// The confirmations and the "Shipped" e-mails (sent when a parcel is added)
			// are
			// not measured: drain them so that they do not share the SMTP connections
			// with
			// the deliveries.
			long confirmed = mailbox.awaitCount(orders * 2, Duration.ofMinutes(10), Duration.ofSeconds(60));
			System.out.printf("%d order confirmations and Shipped e-mails received in %.1f s since the first order%n",
					confirmed, (System.nanoTime() - setUp) / 1e9);
			int before = mailbox.size();

			long[] postedAt = new long[numbers.size()];
			long[] acceptedAt = new long[numbers.size()];
			long started = System.nanoTime();
			post(api, numbers, batch, clients, rate, postedAt, acceptedAt);
			long posted = System.nanoTime();
			System.out.printf("%d delivered events posted in batches of %d by %d clients in %.1f s (%.0f events/s)%n",
					numbers.size(), batch, clients, (posted - started) / 1e9,
					numbers.size() / ((posted - started) / 1e9));
			mailbox.awaitCount(before + numbers.size(), Duration.ofMinutes(15), Duration.ofSeconds(60));
			report(run, mailbox.all(), before, postedAt, acceptedAt, started);
			System.out.printf("GreenMail holds %d e-mails (the delivery records: %d)%n", mailbox.stored(),
					mailbox.size());
			long[] due = new long[acceptedAt.length];
			for (int i = 0; i < due.length; i++) {
				due[i] = acceptedAt[i] - started;
			}
			new SmtpFloor(mailbox.sample(), smtpPort + 1,
					Integer.parseInt(values.getOrDefault("floor-connections", "4")))
				.measure(due);
		}
		finally {
			smtp.stop();
		}
	}

	private static List<String> setUp(Api api, String run, int count, int threads) throws Exception {
		List<String> ids = new ArrayList<>();
		for (int from = 0; from < count; from += 200) {
			List<Map<String, Object>> docs = new ArrayList<>();
			for (int i = from; i < Math.min(count, from + 200); i++) {
				docs.add(order(run, i));
			}
			JsonNode stored = JSON.readTree(api.post("/api/v1/orders/batch", Map.of("orders", docs)).body());
			for (JsonNode item : stored.get("results")) {
				ids.add(item.get("id").asString());
			}
		}
		String[] numbers = new String[ids.size()];
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		AtomicInteger next = new AtomicInteger();
		List<Future<?>> futures = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			futures.add(pool.submit(() -> {
				for (int i = next.getAndIncrement(); i < ids.size(); i = next.getAndIncrement()) {
					numbers[i] = "NB" + run.toUpperCase(Locale.ROOT) + String.format("%07d", i);
					api.post("/api/v1/orders/" + ids.get(i) + "/shipments",
							Map.of("trackingNumber", numbers[i], "carrier", "dhl"));
				}
				return null;
			}));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		pool.shutdown();
		return Arrays.asList(numbers);
	}

	private static Map<String, Object> order(String run, int i) {
		Map<String, Object> order = new LinkedHashMap<>();
		order.put("externalId", "nb-" + run + "-" + i);
		order.put("source", "bench");
		order.put("number", "#NB-" + run + "-" + i);
		order.put("placedAt", Instant.now().minusSeconds(3600).toString());
		order.put("currency", "EUR");
		order.put("customer", Map.of("email", recipient(run, i), "firstName", "Bench", "lastName", "Shopper " + i));
		order.put("shippingAddress", Map.of("name", "Bench Shopper", "line1", "Torstraße 1", "city", "Berlin",
				"postalCode", "10119", "country", "DE"));
		order.put("lineItems", List.of(Map.of("sku", "MUG-1", "title", "Mug", "quantity", 1, "unitPrice", "12.00")));
		order.put("totals",
				Map.of("subtotal", "12.00", "shipping", "4.90", "tax", "0.00", "discount", "0.00", "total", "16.90"));
		return order;
	}

	// One address per order, so that "one e-mail per recipient and trigger" is the
	// exactly-once check.
	private static String recipient(String run, int i) {
		return "nb-" + run + "-" + i + "@shoppers.example";
	}

	private static void post(Api api, List<String> numbers, int batch, int clients, double rate, long[] postedAt,
			long[] acceptedAt) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		AtomicInteger next = new AtomicInteger();
		String at = Instant.now().minusSeconds(60).toString();
		long begin = System.nanoTime();
		List<Future<?>> futures = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			futures.add(pool.submit(() -> {
				for (int from = next.getAndAdd(batch); from < numbers.size(); from = next.getAndAdd(batch)) {
					if (rate > 0) {
						// Paced: event i is due at begin + i / rate, as events of many
						// parcels
						// arrive over time.
						long due = begin + (long) (from / rate * 1e9);
						long wait = due - System.nanoTime();
						if (wait > 0) {
							Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
						}
					}
					int to = Math.min(numbers.size(), from + batch);
					StringBuilder body = new StringBuilder("[");
					for (int i = from; i < to; i++) {
						body.append(i == from ? "" : ",")
							.append("{\"trackingNumber\":\"")
							.append(numbers.get(i))
							.append("\",\"carrier\":\"dhl\",\"status\":\"delivered\",\"code\":\"DL\",")
							.append("\"description\":\"Delivered to the front door\",\"occurredAt\":\"")
							.append(at)
							.append("\",\"location\":{\"city\":\"Berlin\",\"country\":\"DE\"}}");
					}
					body.append(']');
					long start = System.nanoTime();
					HttpResponse<String> response = api.postRaw("/api/v1/tracking-events", body.toString());
					long accepted = System.nanoTime();
					if (response.statusCode() != 202) {
						throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
					}
					for (int i = from; i < to; i++) {
						postedAt[i] = start;
						acceptedAt[i] = accepted;
					}
				}
				return null;
			}));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		pool.shutdown();
	}

	private static void report(String run, List<Received> all, int before, long[] postedAt, long[] acceptedAt,
			long started) {
		List<Received> deliveries = all.subList(before, all.size());
		Map<String, Integer> perRecipientAndTrigger = new HashMap<>();
		Map<String, Integer> perMessageId = new HashMap<>();
		for (Received r : all) {
			perRecipientAndTrigger.merge(r.recipient() + " " + r.trigger(), 1, Integer::sum);
			perMessageId.merge(r.messageId(), 1, Integer::sum);
		}
		long duplicates = perRecipientAndTrigger.values().stream().filter(n -> n > 1).mapToLong(n -> n - 1).sum();
		long sameId = perMessageId.values().stream().filter(n -> n > 1).mapToLong(n -> n - 1).sum();
		List<Long> fromPost = new ArrayList<>();
		List<Long> fromAccept = new ArrayList<>();
		long last = started;
		int unmatched = 0;
		String prefix = "nb-" + run + "-";
		for (Received r : deliveries) {
			int index = r.recipient().startsWith(prefix)
					? Integer.parseInt(r.recipient().substring(prefix.length(), r.recipient().indexOf('@'))) : -1;
			if (index < 0 || index >= postedAt.length || !"delivered".equals(r.trigger())) {
				unmatched++;
				continue;
			}
			fromPost.add(r.seenNanos() - postedAt[index]);
			fromAccept.add(r.seenNanos() - acceptedAt[index]);
			last = Math.max(last, r.seenNanos());
		}
		double seconds = (last - started) / 1e9;
		System.out.printf("delivered e-mails received: %d of %d in %.1f s from the first POST -> %.0f e-mails/s%n",
				fromPost.size(), postedAt.length, seconds, fromPost.size() / seconds);
		System.out.printf("latency POST -> SMTP receipt (ms): p50 %.0f  p99 %.0f  max %.0f%n", pct(fromPost, 0.5),
				pct(fromPost, 0.99), pct(fromPost, 1.0));
		System.out.printf("latency 202 accepted -> SMTP receipt (ms): p50 %.0f  p99 %.0f  max %.0f%n",
				pct(fromAccept, 0.5), pct(fromAccept, 0.99), pct(fromAccept, 1.0));
		System.out.printf(
				"duplicates: %d (recipient+trigger received more than once), %d (same Message-ID twice); "
						+ "%d e-mails in all, %d not matched to a delivered event%n",
				duplicates, sameId, all.size(), unmatched);
	}

	private static double pct(List<Long> values, double p) {
		if (values.isEmpty()) {
			return 0;
		}
		long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
		return sorted[(int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] / 1e6;
	}

	/**
	 * What GreenMail received, recorded as it delivers each message (before it answers
	 * the sender), so that the driver's bookkeeping costs GreenMail nothing. Polling
	 * {@code getReceivedMessages()} instead walked every mailbox each time: with 10,000
	 * recipients that slowed GreenMail's answers, and the server's senders waited for
	 * them.
	 */
	static final class Mailbox {

		private final GreenMail smtp;

		private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();

		private final AtomicInteger count = new AtomicInteger();

		private volatile MimeMessage sample;

		Mailbox(GreenMail smtp) throws UserException {
			this.smtp = smtp;
			UserManager users = smtp.getUserManager();
			GreenMailUser catchAll = users.createUser("catch-all@bench.localhost", "catch-all", "catch-all");
			users.setMessageDeliveryHandler((message, address) -> {
				Received seen = describe(message.getMessage(), System.nanoTime());
				received.add(seen);
				if (sample == null && "delivered".equals(seen.trigger())) {
					sample = message.getMessage();
				}
				count.incrementAndGet();
				return catchAll;
			});
		}

		/** One delivered e-mail as it arrived, headers and encoded body. */
		byte[] sample() throws Exception {
			java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
			sample.writeTo(raw);
			return raw.toByteArray();
		}

		/** How many messages GreenMail holds, counted the slow way, once at the end. */
		int stored() {
			return smtp.getReceivedMessages().length;
		}

		private static Received describe(MimeMessage message, long now) {
			try {
				Address[] to = message.getRecipients(jakarta.mail.Message.RecipientType.TO);
				return new Received(now, String.valueOf(message.getMessageID()),
						to == null || to.length == 0 ? "" : to[0].toString().toLowerCase(Locale.ROOT),
						// Aftersale names every e-mail's trigger in a header, whatever
						// the template says.
						String.valueOf(message.getHeader("X-Aftersale-Trigger", null)));
			}
			catch (Exception ex) {
				return new Received(now, "?", "", "?");
			}
		}

		int size() {
			return count.get();
		}

		List<Received> all() {
			List<Received> list = new ArrayList<>(received);
			list.sort((a, b) -> Long.compare(a.seenNanos(), b.seenNanos()));
			return list;
		}

		/** Waits until that many e-mails arrived, or none arrived for a while. */
		long awaitCount(int expected, Duration max, Duration idle) throws InterruptedException {
			long deadline = System.nanoTime() + max.toNanos();
			int last = -1;
			long lastChange = System.nanoTime();
			while (count.get() < expected && System.nanoTime() < deadline) {
				int now = count.get();
				if (now != last) {
					last = now;
					lastChange = System.nanoTime();
				}
				else if (System.nanoTime() - lastChange > idle.toNanos()) {
					System.out.printf("no e-mail for %d s; stopping at %d of %d%n", idle.toSeconds(), now, expected);
					break;
				}
				Thread.sleep(100);
			}
			return count.get();
		}

	}

	/** The few API calls the driver makes. */
	record Api(String url, String key) {

		private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

		HttpResponse<String> post(String path, Object body) throws Exception {
			HttpResponse<String> response = postRaw(path, JSON.writeValueAsString(body));
			if (response.statusCode() >= 300) {
				throw new IllegalStateException(
						"HTTP " + response.statusCode() + " on " + path + ": " + response.body());
			}
			return response;
		}

		HttpResponse<String> postRaw(String path, String json) throws Exception {
			return HTTP.send(HttpRequest.newBuilder(URI.create(url + path))
				.header("Authorization", "Bearer " + key)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

	}

}
