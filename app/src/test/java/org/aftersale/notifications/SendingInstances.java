package org.aftersale.notifications;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.aftersale.AftersaleApplication;

import org.springframework.core.env.Environment;

/**
 * Aftersale started as a separate JVM on the test's database, so a test can kill it the
 * hard way (SIGKILL, no shutdown hooks) as a crash would, or run two side by side.
 */
final class SendingInstances {

	private SendingInstances() {
	}

	static Process start(Environment environment, int smtpPort, Path log) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp",
				System.getProperty("java.class.path"), AftersaleApplication.class.getName()));
		command.addAll(List.of("--server.port=0",
				"--spring.datasource.url=" + environment.getRequiredProperty("spring.datasource.url"),
				"--spring.datasource.username=" + environment.getRequiredProperty("spring.datasource.username"),
				"--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
				"--spring.datasource.hikari.maximum-pool-size=6",
				"--aftersale.data-dir=" + environment.getRequiredProperty("aftersale.data-dir"),
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort, "--aftersale.notifications.lease=3s",
				"--aftersale.notifications.poll=100ms",
				// slow enough that a kill lands in the middle of the burst
				"--aftersale.notifications.email-per-second=150", "--aftersale.tracking.polling.enabled=false",
				"--logging.level.root=WARN"));
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	static void kill(Process process) throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
	}

	static void stop(Process process) throws InterruptedException {
		process.destroy();
		if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
			kill(process);
		}
	}

	static Path logFile(String name) throws IOException {
		return File.createTempFile("aftersale-" + name + "-", ".log").toPath();
	}

}
