package org.aftersale.platform;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rotates the key that seals credentials at rest, and seals every stored value again
 * under the current key. An operator runs it as a command on one server:
 * {@code java -jar aftersale.jar --aftersale.secrets=rotate} (a new key, then every value
 * sealed again) or {@code --aftersale.secrets=reseal} (every value not under the current
 * key sealed again, e.g. those sealed before the keyset came in); the server starts, does
 * it and exits. Each capability declares its sealed columns ({@link SealedColumn.Owner}).
 */
@Component
public class SecretRotation implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SecretRotation.class);

	private final SecretBox box;

	private final KeyChecks checks;

	private final JdbcClient jdbc;

	private final List<SealedColumn.Owner> owners;

	private final Environment environment;

	private final ConfigurableApplicationContext context;

	SecretRotation(SecretBox box, KeyChecks checks, JdbcClient jdbc, List<SealedColumn.Owner> owners,
			Environment environment, ConfigurableApplicationContext context) {
		this.box = box;
		this.checks = checks;
		this.jdbc = jdbc;
		this.owners = owners;
		this.environment = environment;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		String task = environment.getProperty("aftersale.secrets", "");
		if (task.isEmpty()) {
			return;
		}
		int resealed = switch (task) {
			case "rotate" -> rotate();
			case "reseal" -> resealAll();
			default -> throw new IllegalArgumentException("aftersale.secrets must be rotate or reseal");
		};
		log.info("Sealed {} stored secrets again under key {}; exiting", resealed, box.primaryKeyId());
		System.exit(SpringApplication.exit(context, () -> 0));
	}

	/** A new key seals from now on; every stored value is sealed again under it. */
	public int rotate() {
		box.rotate();
		checks.renew(EncryptionKeyCheck.KEYSET, box);
		return resealAll();
	}

	/** Seals every stored value that is not under the current key again; how many. */
	public int resealAll() {
		int resealed = 0;
		for (SealedColumn.Owner owner : owners) {
			for (SealedColumn column : owner.sealedColumns()) {
				resealed += reseal(column);
			}
		}
		return resealed;
	}

	private int reseal(SealedColumn column) {
		String keys = String.join(", ", column.keyColumns());
		List<Map<String, Object>> rows = jdbc
			.sql("select " + keys + ", " + column.column() + " as sealed_value from " + column.table() + " where "
					+ column.column() + " is not null")
			.query()
			.listOfRows();
		String match = column.keyColumns().stream().map(key -> key + " = :" + key).collect(Collectors.joining(" and "));
		int resealed = 0;
		for (Map<String, Object> row : rows) {
			String sealed = (String) row.get("sealed_value");
			if (box.sealedWithPrimary(sealed)) {
				continue;
			}
			String sealedFor = column.context().apply(row);
			JdbcClient.StatementSpec update = jdbc
				.sql("update " + column.table() + " set " + column.column() + " = :fresh where " + match + " and "
						+ column.column() + " = :old")
				.param("fresh", box.seal(box.open(sealed, sealedFor), sealedFor))
				.param("old", sealed);
			for (String key : column.keyColumns()) {
				update = update.param(key, row.get(key));
			}
			resealed += update.update();
		}
		return resealed;
	}

}
