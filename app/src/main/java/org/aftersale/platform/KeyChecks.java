package org.aftersale.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes sure every server on a database uses the same secrets. Servers started without a
 * configured key each generate their own into their data folder; on one database they
 * would then disagree silently (credentials one sealed the others cannot open, links one
 * signed the others refuse). The database keeps a check value of each key (an HMAC of a
 * fixed text under the key, which does not reveal it); the first server records it, and a
 * server whose key gives another value refuses to start, saying how to fix it.
 */
@Component
public class KeyChecks {

	private static final byte[] CHECKED_TEXT = "aftersale key check v1".getBytes(StandardCharsets.UTF_8);

	private final JdbcClient jdbc;

	KeyChecks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param remedy what the operator should do when the key does not match
	 * @throws IllegalStateException when the database was used with another key of this
	 * name
	 */
	public void verify(String name, byte[] key, String remedy) {
		String value = checkValue(key);
		if (!recorded(name, value).equals(value)) {
			throw new IllegalStateException("This server's " + name + " is not the one its database was used with "
					+ "(another server generated its own, or the key was replaced). " + remedy);
		}
	}

	/**
	 * For a keyset, whose keys change on rotation: the check is a text sealed under it,
	 * which this server's keyset must open.
	 * @throws IllegalStateException when it cannot
	 */
	public void verifyOpens(String name, SecretBox box, String remedy) {
		String recorded = recorded(name,
				box.seal(new String(CHECKED_TEXT, StandardCharsets.UTF_8), "key-check:" + name));
		try {
			box.open(recorded, "key-check:" + name);
		}
		catch (IllegalStateException ex) {
			throw new IllegalStateException("This server's " + name + " cannot open what its database holds "
					+ "(another server generated its own, or a key was rotated elsewhere). " + remedy);
		}
	}

	/**
	 * After a rotation: the check sealed again under the new key, so keysets without it
	 * fail.
	 */
	void renew(String name, SecretBox box) {
		jdbc.sql("""
				insert into platform.key_check (name, check_value) values (:name, :value)
				on conflict (name) do update set check_value = excluded.check_value
				""")
			.param("name", name)
			.param("value", box.seal(new String(CHECKED_TEXT, StandardCharsets.UTF_8), "key-check:" + name))
			.update();
	}

	// The first server records its value; every server reads what was recorded.
	private String recorded(String name, String value) {
		jdbc.sql("insert into platform.key_check (name, check_value) values (:name, :value) on conflict do nothing")
			.param("name", name)
			.param("value", value)
			.update();
		return jdbc.sql("select check_value from platform.key_check where name = :name")
			.param("name", name)
			.query(String.class)
			.single();
	}

	static String checkValue(byte[] key) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(CHECKED_TEXT));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
