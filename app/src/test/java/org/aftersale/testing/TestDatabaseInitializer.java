package org.aftersale.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every Spring test context its own fresh database on the suite's
 * {@link TestDatabaseServer}, and its own data folder, so tests never see each other's
 * rows or files. Contexts that set {@code aftersale.test.embedded=true} keep the
 * product's embedded default instead.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		if (environment.getProperty("aftersale.test.embedded", Boolean.class, false)
				|| !environment.getProperty("spring.datasource.url", "").isEmpty()) {
			return;
		}
		TestDatabaseServer server = TestDatabaseServer.get();
		String url = server.createDatabase();
		String dataDir;
		try {
			dataDir = Files.createTempDirectory("aftersale-test-").toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		environment.getPropertySources()
			.addFirst(new MapPropertySource("aftersale-test-database",
					Map.of("spring.datasource.url", url, "spring.datasource.username", server.user(),
							"spring.datasource.password", server.password(),
							// Spring caches many test contexts at once; small pools that
							// give
							// idle connections back keep them under the server's limit.
							"spring.datasource.hikari.maximum-pool-size", "8", "spring.datasource.hikari.minimum-idle",
							"1", "spring.datasource.hikari.idle-timeout", "10000", "aftersale.data-dir",
							environment.getProperty("aftersale.data-dir", dataDir))));
	}

}
