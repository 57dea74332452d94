package org.aftersale.platform;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.aftersale.AftersaleApplication;
import org.aftersale.orders.OrderFixtures;
import org.aftersale.testing.ApiClient;
import org.aftersale.testing.InitialCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The embedded default as an operator meets it on a bad day: the server is killed with
 * {@code kill -9} and its PostgreSQL lives on, yet the very next start comes up with the
 * data; a SIGTERM stops everything in order without an error; and the database lets in no
 * one but the server, with its password.
 */
class EmbeddedDatabaseCrashIntegrationTests {

	@TempDir
	Path dataDir;

	@Test // #16
	void comesUpWithTheDataOnTheFirstStartAfterKillNine() throws Exception {
		Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
		int port = freePort();
		Process server = startServer(port, dataDir.resolve("first.log"));
		String orderId;
		try {
			waitUntilUp(port, server);
			ApiClient api = new ApiClient(port, InitialCredentials.in(dataDir).apiKey());
			ApiClient.Response created = api.post("/api/v1/orders",
					OrderFixtures.orderJson("crash-1", "#6001", "crash@example.com"));
			assertThat(created.status()).isEqualTo(201);
			orderId = created.json().get("id").asString();
		}
		finally {
			server.destroyForcibly(); // SIGKILL: no shutdown hook runs
			server.waitFor(30, TimeUnit.SECONDS);
		}
		Optional<ProcessHandle> leftover = postmaster();
		assertThat(leftover).as("PostgreSQL outlives the killed server").isPresent();
		assertThat(leftover.get().isAlive()).isTrue();

		try (ConfigurableApplicationContext restarted = startInProcess()) {
			ApiClient api = new ApiClient(port(restarted), InitialCredentials.in(dataDir).apiKey());
			ApiClient.Response read = api.get("/api/v1/orders/" + orderId);
			assertThat(read.status()).isEqualTo(200);
			assertThat(read.json().get("number").asString()).isEqualTo("#6001");
			assertThat(leftover.get().isAlive()).as("the leftover server was stopped, not reused").isFalse();
			onlyTheServerGetsIn(restarted);
		}
	}

	@Test // #16
	void stopsInOrderOnSigtermWithoutAnError() throws Exception {
		int port = freePort();
		Path log = dataDir.resolve("server.log");
		Process server = startServer(port, log);
		try {
			waitUntilUp(port, server);
			new ApiClient(port, InitialCredentials.in(dataDir).apiKey()).post("/api/v1/orders",
					OrderFixtures.orderJson("term-1", "#6002", "term@example.com"));
		}
		finally {
			server.destroy(); // SIGTERM
			assertThat(server.waitFor(90, TimeUnit.SECONDS)).isTrue();
		}
		String output = Files.readString(log);
		assertThat(output).contains("Graceful shutdown complete");
		assertThat(output.lines().filter(line -> line.contains(" ERROR ") || line.startsWith("\tat ")))
			.as("errors or stack traces on shutdown")
			.isEmpty();
		assertThat(dataDir.resolve("postgres/postmaster.pid")).doesNotExist();
	}

	private void onlyTheServerGetsIn(ConfigurableApplicationContext context) throws IOException {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		assertThat(jdbc.sql("show listen_addresses").query(String.class).single()).isEqualTo("localhost");
		assertThat(jdbc.sql("show unix_socket_directories").query(String.class).single()).isEmpty();
		assertThat(jdbc.sql("select rolpassword like 'SCRAM-SHA-256$%' from pg_authid where rolname = 'postgres'")
			.query(Boolean.class)
			.single()).isTrue();
		int dbPort = jdbc.sql("show port").query(Integer.class).single();
		Path passwordFile = dataDir.resolve("postgres.password");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
		String url = "jdbc:postgresql://127.0.0.1:" + dbPort + "/postgres";
		assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "")).isInstanceOf(SQLException.class);
		assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "not-the-password"))
			.isInstanceOf(SQLException.class);
		assertThat(Files.readString(dataDir.resolve("postgres/pg_hba.conf"))).doesNotContain("trust");
	}

	private Optional<ProcessHandle> postmaster() throws IOException {
		Path pidFile = dataDir.resolve("postgres/postmaster.pid");
		if (!Files.exists(pidFile)) {
			return Optional.empty();
		}
		return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).strip()));
	}

	private Process startServer(int port, Path log) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx512m");
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(AftersaleApplication.class.getName());
		command.add("--aftersale.test.embedded=true");
		command.add("--aftersale.data-dir=" + dataDir);
		command.add("--server.port=" + port);
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	// Up means serving and done with the first start, whose credentials file is written
	// once the server listens.
	private void waitUntilUp(int port, Process server) {
		HttpClient http = HttpClient.newHttpClient();
		await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).until(() -> {
			assertThat(server.isAlive()).as("the server process died while starting").isTrue();
			try {
				return http
					.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
							HttpResponse.BodyHandlers.ofString())
					.statusCode() == 200 && !InitialCredentials.in(dataDir).apiKey().isEmpty();
			}
			catch (IOException | IllegalStateException ex) {
				return false;
			}
		});
	}

	private ConfigurableApplicationContext startInProcess() {
		return new SpringApplicationBuilder(AftersaleApplication.class).run("--aftersale.test.embedded=true",
				"--aftersale.data-dir=" + dataDir, "--server.port=0");
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
