package org.aftersale.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Command-line options of the load drivers.
 */
record BenchOptions(String url, String apiKey, String mode, int clients, int seconds, int warmupSeconds, int batch,
		Path olist) {

	static BenchOptions parse(String[] args) throws IOException {
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			values.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		String key = values.get("key");
		if (key == null) {
			key = OrderIntakeBench
				.readKey(Path.of(values.getOrDefault("credentials", "aftersale-data/initial-credentials.json")));
		}
		return new BenchOptions(values.getOrDefault("url", "http://localhost:8080"), key,
				values.getOrDefault("mode", "single"), Integer.parseInt(values.getOrDefault("clients", "16")),
				Integer.parseInt(values.getOrDefault("seconds", "60")),
				Integer.parseInt(values.getOrDefault("warmup", "10")),
				Integer.parseInt(values.getOrDefault("batch", "100")),
				values.containsKey("olist") ? Path.of(values.get("olist")) : Datasets.olist());
	}

}
