package org.aftersale.platform;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.UUID;

/**
 * The ids a hand-written read selects rows by, written {@code = any(?)} in its statement.
 * PostgreSQL plans an {@code = any(array)} statement afresh on every execution (its
 * generic plan looks costlier than a custom one), and for a single row planning cost more
 * than running it; so one id is asked for with {@code = ?}, whose generic plan it keeps.
 */
public final class IdSelection {

	private final UUID[] ids;

	public IdSelection(Collection<UUID> ids) {
		this.ids = ids.stream().distinct().toArray(UUID[]::new);
	}

	/** The statement as it is to run for these ids. */
	public String in(String sql) {
		return ids.length == 1 ? sql.replace("= any(?)", "= ?") : sql;
	}

	/** Binds the ids to the statement's {@code = any(?)} parameter. */
	public void bind(PreparedStatement statement, int index) throws SQLException {
		if (ids.length == 1) {
			statement.setObject(index, ids[0]);
		}
		else {
			statement.setArray(index, statement.getConnection().createArrayOf("uuid", ids));
		}
	}

}
