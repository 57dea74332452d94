package org.aftersale.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
 * {@code spring.datasource.url} is configured.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(PlatformSettings settings) throws IOException {
		Path dataDirectory = settings.dataDir().toAbsolutePath().normalize().resolve("postgres");
		Files.createDirectories(dataDirectory);
		log.info("Starting embedded PostgreSQL with data in {}", dataDirectory);
		return EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			// The library's defaults trade durability for test speed; a merchant's orders
			// must survive a power cut.
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setServerConfig("max_connections", "100")
			.start();
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(20);
		dataSource.setPoolName("aftersale-embedded");
		return dataSource;
	}

}
