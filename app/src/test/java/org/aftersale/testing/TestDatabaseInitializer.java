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
		String name = "aftersale_test_" + System.currentTimeMillis() / 1000 + "_"
				+ UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + SERVER + "/postgres",
				"postgres", ""); Statement statement = connection.createStatement()) {
			dropLeftovers(statement);
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Tests need PostgreSQL at " + SERVER + " (start it: pg_ctlcluster "
					+ "--skip-systemctl-redirect $(ls /etc/postgresql) main start)", ex);
		}
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
							// Spring caches many test contexts at once; small pools keep
							// them under the server's
							// connection limit.
							"spring.datasource.hikari.maximum-pool-size", "8",
							// ... and cached contexts that sit idle give their
							// connections back.
							"spring.datasource.hikari.minimum-idle", "1", "spring.datasource.hikari.idle-timeout",
							"10000", "aftersale.data-dir", environment.getProperty("aftersale.data-dir", dataDir))));
	}

	// Databases of earlier runs (named with their creation time) are dropped once they
	// are two hours old, so the
	// shared server does not fill up; younger ones may belong to a run still going on.
	private static void dropLeftovers(Statement statement) throws SQLException {
		long cutoff = System.currentTimeMillis() / 1000 - 7200;
		java.util.List<String> old = new java.util.ArrayList<>();
		try (java.sql.ResultSet rs = statement
			.executeQuery("select datname from pg_database where datname like 'aftersale\\_test\\_%'")) {
			while (rs.next()) {
				String[] parts = rs.getString(1).split("_");
				if (parts.length == 4 && parts[2].matches("\\d+") && Long.parseLong(parts[2]) < cutoff) {
					old.add(rs.getString(1));
				}
			}
		}
		for (String name : old) {
			statement.execute("drop database if exists " + name + " with (force)");
		}
	}

}
