package org.aftersale.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.json.JsonMapper;

/**
 * Posts real Olist orders to a running Aftersale over HTTP with concurrent clients and
 * prints orders/s and latency percentiles. Run on purpose (see README, "Performance");
 * never part of the test suite.
 *
 * <pre>
 * java -cp bench/target/aftersale-bench.jar:... org.aftersale.bench.OrderIntakeBench \
 *   --url http://localhost:8080 --credentials aftersale-data/initial-credentials.json \
 *   --mode single --clients 16 --seconds 60
 * </pre>
 */
public final class OrderIntakeBench {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public static void main(String[] args) throws Exception {
		BenchOptions options = BenchOptions.parse(args);
		if (!Datasets.hasOlist(options.olist())) {
			return;
		}
		List<OlistOrders.OlistOrder> olist = OlistOrders.load(options.olist());
		String run = Long.toString(System.currentTimeMillis(), 36);
		List<String> templates = templates(olist, run);
		System.out.printf("Loaded %d Olist orders; mode=%s clients=%d seconds=%d batch=%d%n", templates.size(),
				options.mode(), options.clients(), options.seconds(), options.batch());
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		AtomicLong sequence = new AtomicLong();
		if (options.warmupSeconds() > 0) {
			drive(options, http, templates, run + "w", sequence, options.warmupSeconds());
		}
		Result result = drive(options, http, templates, run, sequence, options.seconds());
		result.print(options);
	}

	/**
	 * One compact JSON order per Olist order, its external id left as {@code __EXT__} for
	 * the driver to make unique per post.
	 */
	static List<String> templates(List<OlistOrders.OlistOrder> olist, String run) {
		List<String> templates = new ArrayList<>(olist.size());
		for (OlistOrders.OlistOrder order : olist) {
			Map<String, Object> document = OrderDocuments.of(order, run, 0);
			document.put("externalId", "__EXT__");
			templates.add(JSON.writeValueAsString(document));
		}
		return templates;
	}

	private static Result drive(BenchOptions options, HttpClient http, List<String> templates, String run,
			AtomicLong sequence, int seconds) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(options.clients());
		long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		long started = System.nanoTime();
		List<Future<Worker>> futures = new ArrayList<>();
		for (int c = 0; c < options.clients(); c++) {
			futures.add(pool.submit(() -> new Worker(options, http, templates, run, sequence).runUntil(deadline)));
		}
		List<Worker> workers = new ArrayList<>();
		for (Future<Worker> future : futures) {
			workers.add(future.get());
		}
		long elapsed = System.nanoTime() - started;
		pool.shutdown();
		return Result.of(workers, elapsed);
	}

	private static final class Worker {

		private final BenchOptions options;

		private final HttpClient http;

		private final List<String> templates;

		private final String run;

		private final AtomicLong sequence;

		private long[] latencies = new long[1 << 14];

		private int count;

		private long orders;

		private long errors;

		Worker(BenchOptions options, HttpClient http, List<String> templates, String run, AtomicLong sequence) {
			this.options = options;
			this.http = http;
			this.templates = templates;
			this.run = run;
			this.sequence = sequence;
		}

		Worker runUntil(long deadline) {
			boolean batch = "batch".equals(options.mode());
			int perRequest = batch ? options.batch() : 1;
			while (System.nanoTime() < deadline) {
				StringBuilder body = new StringBuilder(batch ? "{\"orders\":[" : "");
				for (int i = 0; i < perRequest; i++) {
					long n = sequence.getAndIncrement();
					String template = templates.get((int) (n % templates.size()));
					body.append(i > 0 ? "," : "").append(template.replace("__EXT__", run + "-" + n));
				}
				if (batch) {
					body.append("]}");
				}
				HttpRequest request = HttpRequest
					.newBuilder(URI.create(options.url() + (batch ? "/api/v1/orders/batch" : "/api/v1/orders")))
					.header("Authorization", "Bearer " + options.apiKey())
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
					.build();
				long start = System.nanoTime();
				try {
					HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
					record(System.nanoTime() - start);
					if (response.statusCode() == 200 || response.statusCode() == 201) {
						orders += perRequest;
					}
					else {
						errors++;
						if (errors <= 3) {
							System.err.println("HTTP " + response.statusCode() + ": " + response.body());
						}
					}
				}
				catch (Exception ex) {
					errors++;
				}
			}
			return this;
		}

		private void record(long nanos) {
			if (count == latencies.length) {
				latencies = Arrays.copyOf(latencies, count * 2);
			}
			latencies[count++] = nanos;
		}

	}

	private record Result(long orders, long requests, long errors, long elapsedNanos, long[] sorted) {

		static Result of(List<Worker> workers, long elapsed) {
			long orders = workers.stream().mapToLong(w -> w.orders).sum();
			long errors = workers.stream().mapToLong(w -> w.errors).sum();
			long[] all = workers.stream().flatMapToLong(w -> Arrays.stream(w.latencies, 0, w.count)).sorted().toArray();
			return new Result(orders, all.length, errors, elapsed, all);
		}

		void print(BenchOptions options) {
			double seconds = elapsedNanos / 1e9;
			System.out.printf("requests: %d in %.1f s (%.0f req/s), errors: %d%n", requests, seconds,
					requests / seconds, errors);
			System.out.printf("orders/s: %.0f%n", orders / seconds);
			System.out.printf("latency per request (ms): p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n", percentile(0.50),
					percentile(0.90), percentile(0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
		}

		double percentile(double p) {
			if (sorted.length == 0) {
				return 0;
			}
			return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
		}

	}

	private OrderIntakeBench() {
	}

	static String readKey(Path credentials) throws java.io.IOException {
		return JSON.readTree(Files.readString(credentials)).get("apiKey").asString();
	}

}
