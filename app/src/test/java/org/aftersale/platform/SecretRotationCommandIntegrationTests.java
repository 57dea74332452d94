package org.aftersale.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.aftersale.AftersaleApplication;
import org.aftersale.testing.ApiClient;
import org.aftersale.testing.InitialCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's rotation command on the embedded default: the server starts, adds a key,
 * seals every credential again and exits; the next start opens them all with the new
 * keyset.
 */
class SecretRotationCommandIntegrationTests {

	@TempDir
	Path dataDir;

	@Test // #16
	void rotatesTheKeyFromTheCommandLineAndExits() throws Exception {
		String sealedBefore;
		try (ConfigurableApplicationContext first = start()) {
			ApiClient api = new ApiClient(port(first), InitialCredentials.in(dataDir).apiKey());
			assertThat(api.post("/api/v1/webhooks", "{\"url\":\"https://erp.example.com/in\",\"events\":[\"*\"]}")
				.status()).isEqualTo(201);
			sealedBefore = first.getBean(JdbcClient.class)
				.sql("select secret_sealed from webhooks.subscription")
				.query(String.class)
				.single();
		}
		String keysetBefore = Files.readString(dataDir.resolve("encryption-keyset.json"));

		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m", "-cp",
						System.getProperty("java.class.path"), AftersaleApplication.class.getName(),
						"--aftersale.test.embedded=true", "--aftersale.data-dir=" + dataDir, "--server.port=0",
						"--aftersale.secrets=rotate"));
		Path log = dataDir.resolve("rotate.log");
		Process rotate = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		assertThat(rotate.waitFor(180, TimeUnit.SECONDS)).as(Files.readString(log)).isTrue();
		assertThat(rotate.exitValue()).as(Files.readString(log)).isZero();
		assertThat(Files.readString(log)).contains("Sealed 1 stored secrets again");

		String keysetAfter = Files.readString(dataDir.resolve("encryption-keyset.json"));
		assertThat(keysetAfter).isNotEqualTo(keysetBefore);
		assertThat(keysetAfter.split("\"keyId\"")).hasSize(3);
		try (ConfigurableApplicationContext next = start()) {
			SecretBox box = next.getBean(SecretBox.class);
			String sealedAfter = next.getBean(JdbcClient.class)
				.sql("select secret_sealed from webhooks.subscription")
				.query(String.class)
				.single();
			assertThat(sealedAfter).isNotEqualTo(sealedBefore);
			assertThat(box.sealedWithPrimary(sealedAfter)).isTrue();
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(AftersaleApplication.class).run("--aftersale.test.embedded=true",
				"--aftersale.data-dir=" + dataDir, "--server.port=0");
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

}
