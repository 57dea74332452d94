package org.aftersale.platform;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may connect to the embedded PostgreSQL ({@code pg_hba.conf}, rewritten on every
 * start): only its superuser, over loopback, with the password from the data folder. The
 * cluster is created with "trust" by the library that starts it, so on the first start
 * (and on the first start of an older installation) the superuser is trusted over
 * loopback just long enough to be given its password; from then on every connection
 * proves it by SCRAM.
 */
final class ClientAuthentication {

	private static final Logger log = LoggerFactory.getLogger(ClientAuthentication.class);

	private static final String PASSWORD_SET = "# Written by Aftersale: only the server's superuser, over loopback, with its password.";

	private static final String SCRAM = PASSWORD_SET + """

			host all postgres 127.0.0.1/32 scram-sha-256
			host all postgres ::1/128 scram-sha-256
			""";

	private static final String UNTIL_PASSWORD_SET = """
			# Written by Aftersale: the superuser has no password yet; it gets one as soon as the server is up.
			host all postgres 127.0.0.1/32 trust
			host all postgres ::1/128 trust
			""";

	private ClientAuthentication() {
	}

	/** Before the server starts: the rules as they must be for this start. */
	static void restrict(File dataDirectory) {
		Path rules = dataDirectory.toPath().resolve("pg_hba.conf");
		try {
			Files.writeString(rules, passwordSet(dataDirectory.toPath()) ? SCRAM : UNTIL_PASSWORD_SET,
					StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + rules, ex);
		}
	}

	/** Once the server is up: gives the superuser its password if it has none yet. */
	static void requirePassword(EmbeddedPostgres postgres, Path dataDirectory, String password) {
		if (passwordSet(dataDirectory)) {
			return;
		}
		if (!password.matches("[A-Za-z0-9_-]+")) {
			throw new IllegalStateException("the embedded database's password file holds unexpected characters");
		}
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("set password_encryption = 'scram-sha-256'");
			// ALTER ROLE takes no bind parameters; the password is base64url, checked
			// above.
			statement.execute("alter role postgres with password '" + password + "'");
			List<String> others = new ArrayList<>();
			try (ResultSet roles = statement
				.executeQuery("select rolname from pg_roles where rolcanlogin and rolname <> 'postgres'")) {
				while (roles.next()) {
					others.add(roles.getString(1));
				}
			}
			if (!others.isEmpty()) {
				log.warn("The embedded database has other login roles {}; they cannot connect", others);
			}
			Files.writeString(dataDirectory.resolve("pg_hba.conf"), SCRAM, StandardCharsets.UTF_8);
			statement.execute("select pg_reload_conf()");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot give the embedded database its password", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the embedded database's access rules", ex);
		}
		log.info("The embedded database now requires its password (SCRAM) for every connection");
	}

	private static boolean passwordSet(Path dataDirectory) {
		try {
			Path rules = dataDirectory.resolve("pg_hba.conf");
			// PostgreSQL's own file names every method in its comments: only ours counts.
			return Files.exists(rules) && Files.readString(rules, StandardCharsets.UTF_8).startsWith(PASSWORD_SET);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
