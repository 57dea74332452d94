package org.aftersale.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts batches of carrier events to {@code POST /api/v1/tracking-events} of a running
 * Aftersale and prints the sustained events/s (status derivation, de-duplication and
 * domain events included) with per-batch latency. Sets up its own orders (from the Olist
 * sample) and shipments first. Run on purpose, never in the test suite.
 *
 * <pre>
 * java -cp ... org.aftersale.bench.TrackingEventsBench --url http://localhost:8080 \
 *   --credentials aftersale-data/initial-credentials.json --shipments 2000 --batch 1000 --clients 4 --seconds 60
 * </pre>
 */
public final class TrackingEventsBench {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String[][] STEPS = { { "in_transit", "Arrived at sort facility" },
			{ "in_transit", "Departed sort facility" }, { "in_transit", "In transit to destination" },
			{ "out_for_delivery", "Out for delivery" }, { "failed_attempt", "Delivery attempted - no access" } };

	private TrackingEventsBench() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> values = new java.util.HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			values.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		BenchOptions options = BenchOptions.parse(args);
		if (!Datasets.hasOlist(options.olist())) {
			return;
		}
		int shipments = Integer.parseInt(values.getOrDefault("shipments", "2000"));
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		List<String> numbers = setUp(options, http, shipments);
		System.out.printf("%d shipments ready; batch=%d clients=%d seconds=%d%n", numbers.size(), options.batch(),
				options.clients(), options.seconds());
		AtomicLong tick = new AtomicLong();
		Instant base = Instant.now().minus(Duration.ofDays(20));
		if (options.warmupSeconds() > 0) {
			run(options, http, numbers, tick, base, options.warmupSeconds());
		}
		long[] result = run(options, http, numbers, tick, base, options.seconds());
		System.out.printf("events accepted: %d in %.1f s -> %.0f events/s; duplicates %d; failed requests %d%n",
				result[0], result[1] / 1e9, result[0] / (result[1] / 1e9), result[2], result[3]);
		long[] latencies = Arrays.copyOfRange(result, 4, result.length);
		Arrays.sort(latencies);
		System.out.printf("latency per batch (ms): p50 %.1f  p99 %.1f  max %.1f%n", pct(latencies, 0.5),
				pct(latencies, 0.99), latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1e6);
	}

	private static List<String> setUp(BenchOptions options, HttpClient http, int count) throws Exception {
		List<OlistOrders.OlistOrder> olist = OlistOrders.load(options.olist());
		String run = Long.toString(System.currentTimeMillis(), 36);
		List<String> numbers = new ArrayList<>();
		for (int from = 0; from < count; from += 200) {
			List<Map<String, Object>> batch = new ArrayList<>();
			for (int i = from; i < Math.min(count, from + 200); i++) {
				batch.add(OrderDocuments.of(olist.get(i % olist.size()), run, i));
			}
			JsonNode stored = JSON.readTree(send(options, http, "/api/v1/orders/batch", Map.of("orders", batch)));
			for (JsonNode item : stored.get("results")) {
				String number = "BN" + run.toUpperCase() + String.format("%07d", numbers.size());
				send(options, http, "/api/v1/orders/" + item.get("id").asString() + "/shipments",
						Map.of("trackingNumber", number, "carrier", "dhl"));
				numbers.add(number);
			}
		}
		return numbers;
	}

	private static long[] run(BenchOptions options, HttpClient http, List<String> numbers, AtomicLong tick,
			Instant base, int seconds) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(options.clients());
		long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		long started = System.nanoTime();
		List<Future<long[]>> futures = new ArrayList<>();
		for (int c = 0; c < options.clients(); c++) {
			futures.add(pool.submit(() -> client(options, http, numbers, tick, base, deadline)));
		}
		long accepted = 0;
		long duplicates = 0;
		long failed = 0;
		List<Long> latencies = new ArrayList<>();
		for (Future<long[]> future : futures) {
			long[] r = future.get();
			accepted += r[0];
			duplicates += r[1];
			failed += r[2];
			for (int i = 3; i < r.length; i++) {
				latencies.add(r[i]);
			}
		}
		long elapsed = System.nanoTime() - started;
		pool.shutdown();
		long[] result = new long[4 + latencies.size()];
		result[0] = accepted;
		result[1] = elapsed;
		result[2] = duplicates;
		result[3] = failed;
		for (int i = 0; i < latencies.size(); i++) {
			result[4 + i] = latencies.get(i);
		}
		return result;
	}

	private static long[] client(BenchOptions options, HttpClient http, List<String> numbers, AtomicLong tick,
			Instant base, long deadline) throws Exception {
		long accepted = 0;
		long duplicates = 0;
		long failed = 0;
		List<Long> latencies = new ArrayList<>();
		while (System.nanoTime() < deadline) {
			StringBuilder body = new StringBuilder("[");
			for (int i = 0; i < options.batch(); i++) {
				long n = tick.getAndIncrement();
				String number = numbers.get((int) (n % numbers.size()));
				String[] step = STEPS[(int) ((n / numbers.size()) % STEPS.length)];
				Instant at = base.plusSeconds(n / numbers.size() * 60 + 1);
				body.append(i == 0 ? "" : ",")
					.append("{\"trackingNumber\":\"")
					.append(number)
					.append("\",\"carrier\":\"dhl\",\"status\":\"")
					.append(step[0])
					.append("\",\"code\":\"BN")
					.append(n / numbers.size())
					.append("\",\"description\":\"")
					.append(step[1])
					.append("\",\"occurredAt\":\"")
					.append(at)
					.append("\",\"location\":{\"city\":\"Leipzig\",\"country\":\"DE\"}}");
			}
			body.append(']');
			long start = System.nanoTime();
			HttpResponse<String> response = http.send(request(options, "/api/v1/tracking-events")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
				.build(), HttpResponse.BodyHandlers.ofString());
			latencies.add(System.nanoTime() - start);
			if (response.statusCode() == 202) {
				JsonNode result = JSON.readTree(response.body());
				accepted += result.get("accepted").asLong();
				duplicates += result.get("duplicates").asLong();
			}
			else {
				failed++;
				if (failed <= 3) {
					System.err.println("HTTP " + response.statusCode() + ": " + response.body());
				}
			}
		}
		long[] result = new long[3 + latencies.size()];
		result[0] = accepted;
		result[1] = duplicates;
		result[2] = failed;
		for (int i = 0; i < latencies.size(); i++) {
			result[3 + i] = latencies.get(i);
		}
		return result;
	}

	private static String send(BenchOptions options, HttpClient http, String path, Object body) throws Exception {
		HttpResponse<String> response = http.send(
				request(options, path).POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException("HTTP " + response.statusCode() + " on " + path + ": " + response.body());
		}
		return response.body();
	}

	private static HttpRequest.Builder request(BenchOptions options, String path) {
		return HttpRequest.newBuilder(URI.create(options.url() + path))
			.header("Authorization", "Bearer " + options.apiKey())
			.header("Content-Type", "application/json");
	}

	private static double pct(long[] sorted, double p) {
		return sorted.length == 0 ? 0
				: sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
	}

}
