package org.aftersale.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.env.Environment;

/**
 * The credentials a test server wrote on its first start, read the way a new user reads
 * them.
 */
public record InitialCredentials(String adminEmail, String adminPassword, String storeSlug, String storeId,
		String apiKey) {

	public static InitialCredentials of(Environment environment) {
		return in(Path.of(environment.getRequiredProperty("aftersale.data-dir")));
	}

	/** The credentials a server wrote into this data folder on its first start. */
	public static InitialCredentials in(Path dataDir) {
		Path file = dataDir.resolve("initial-credentials.json");
		try {
			return JsonMapper.builder().build().readValue(Files.readAllBytes(file), InitialCredentials.class);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
