package org.aftersale.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every Spring test context its own fresh database on the PostgreSQL server the
 * suite runs against ({@code AFTERSALE_TEST_PG}, default {@code 127.0.0.1:5432}, user
 * postgres), so tests never see each other's rows. Contexts that set
 * {@code aftersale.test.embedded=true} keep the embedded default instead.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String SERVER = System.getenv().getOrDefault("AFTERSALE_TEST_PG", "127.0.0.1:5432");

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		if (environment.getProperty("aftersale.test.embedded", Boolean.class, false)
				|| !environment.getProperty("spring.datasource.url", "").isEmpty()) {
			return;
		}
		String name = "aftersale_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + SERVER + "/postgres",
				"postgres", ""); Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Tests need PostgreSQL at " + SERVER + " (start it: pg_ctlcluster "
					+ "--skip-systemctl-redirect $(ls /etc/postgresql) main start)", ex);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(name), "drop-" + name));
		String dataDir;
		try {
			dataDir = java.nio.file.Files.createTempDirectory("aftersale-test-").toString();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		environment.getPropertySources()
			.addFirst(new MapPropertySource("aftersale-test-database",
					Map.of("spring.datasource.url", "jdbc:postgresql://" + SERVER + "/" + name,
							"spring.datasource.username", "postgres", "spring.datasource.password", "",
							"aftersale.data-dir", environment.getProperty("aftersale.data-dir", dataDir))));
	}

	// Test databases live only as long as the test JVM, so the shared server does not
	// fill up run after run.
	private static void drop(String name) {
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + SERVER + "/postgres",
				"postgres", ""); Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + name + " with (force)");
		}
		catch (SQLException ex) {
			// Best effort: a leftover database is harmless and named so it can be found.
		}
	}

}
