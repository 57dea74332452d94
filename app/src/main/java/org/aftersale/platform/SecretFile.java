package org.aftersale.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A secret the server keeps in a file of its data folder (the encryption key, the link
 * key, the embedded database's password): generated once, readable only by the server's
 * user from its first byte, and created atomically, so that two servers starting at once
 * on one data folder agree on one value and neither ever reads a half-written file.
 */
public final class SecretFile {

	private static final Logger log = LoggerFactory.getLogger(SecretFile.class);

	private SecretFile() {
	}

	/**
	 * The file's content without surrounding white space, writing {@code generated}'s
	 * value into it first when it does not exist.
	 * @param what what the secret is, for the log and errors; never the secret itself
	 */
	public static String readOrCreate(Path file, Supplier<String> generated, String what) {
		try {
			if (!Files.exists(file)) {
				create(file, generated.get(), what);
			}
			return Files.readString(file, StandardCharsets.UTF_8).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read or create " + what + " at " + file, ex);
		}
	}

	// Written whole into a private temporary file, then linked to its name: link(2) fails
	// when the name exists, so the first server to finish wins and the others read its
	// value.
	private static void create(Path file, String value, String what) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temporary;
		try {
			temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp",
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (UnsupportedOperationException ex) {
			temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
		}
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				channel.write(StandardCharsets.UTF_8.encode(value + "\n"));
				channel.force(true);
			}
			Files.createLink(file, temporary);
			log.info("Generated {} at {}; back it up with the database", what, file);
		}
		catch (FileAlreadyExistsException ex) {
			// Another server created it first; its value is the one.
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

}
