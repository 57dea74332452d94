package org.aftersale.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server the suite makes its databases on: the server given by
 * {@code AFTERSALE_TEST_DATABASE_URL} (a JDBC URL of any database there, with
 * {@code AFTERSALE_TEST_DATABASE_USER} and {@code AFTERSALE_TEST_DATABASE_PASSWORD}, a
 * user allowed to create databases), otherwise the product's embedded PostgreSQL started
 * once for the test JVM, so that a machine with only a JDK runs the suite.
 */
final class TestDatabaseServer {

	private static TestDatabaseServer instance;

	private final String adminUrl;

	private final String user;

	private final String password;

	private TestDatabaseServer(String adminUrl, String user, String password) {
		this.adminUrl = adminUrl;
		this.user = user;
		this.password = password;
	}

	static synchronized TestDatabaseServer get() {
		if (instance == null) {
			String url = System.getenv("AFTERSALE_TEST_DATABASE_URL");
			instance = (url == null || url.isBlank()) ? embedded()
					: new TestDatabaseServer(url,
							System.getenv().getOrDefault("AFTERSALE_TEST_DATABASE_USER", "postgres"),
							System.getenv().getOrDefault("AFTERSALE_TEST_DATABASE_PASSWORD", ""));
		}
		return instance;
	}

	String user() {
		return user;
	}

	String password() {
		return password;
	}

	/** A new empty database for one test context, and its URL. */
	String createDatabase() {
		String name = "aftersale_test_" + System.currentTimeMillis() / 1000 + "_"
				+ UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
				Statement statement = connection.createStatement()) {
			dropLeftovers(statement);
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Tests could not create a database with " + adminUrl
					+ " (AFTERSALE_TEST_DATABASE_URL); unset it to run on the embedded PostgreSQL", ex);
		}
		return withDatabase(adminUrl, name);
	}

	static String withDatabase(String url, String database) {
		int query = url.indexOf('?');
		String base = query < 0 ? url : url.substring(0, query);
		String parameters = query < 0 ? "" : url.substring(query);
		int slash = base.lastIndexOf('/');
		if (slash <= "jdbc:postgresql://".length()) {
			throw new IllegalArgumentException("Not a PostgreSQL JDBC URL with a database: " + url);
		}
		return base.substring(0, slash + 1) + database + parameters;
	}

	// The embedded server lives as long as the test JVM: many Spring contexts are cached
	// at once, each with its own pool, hence the connection limit. Durability is not
	// wanted from databases dropped at the end of the run.
	private static TestDatabaseServer embedded() {
		try {
			Path folder = Files.createTempDirectory("aftersale-test-postgres-");
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(folder)
				.setCleanDataDirectory(true)
				.setServerConfig("max_connections", "300")
				.setServerConfig("fsync", "off")
				.setServerConfig("synchronous_commit", "off")
				.setServerConfig("full_page_writes", "off")
				.setServerConfig("listen_addresses", "localhost")
				.start();
			return new TestDatabaseServer(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL for the tests", ex);
		}
	}

	// A shared server keeps no databases of runs older than two hours (their names carry
	// their creation time); younger ones may belong to a run still going on.
	private static void dropLeftovers(Statement statement) throws SQLException {
		long cutoff = System.currentTimeMillis() / 1000 - 7200;
		List<String> old = new ArrayList<>();
		try (ResultSet rs = statement
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
