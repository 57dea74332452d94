package org.aftersale.platform;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A column of values sealed by {@link SecretBox}, declared by the capability that owns it
 * so that {@link SecretRotation} can seal every one again under a new key.
 *
 * @param table the table, with its schema
 * @param keyColumns the columns that identify a row
 * @param column the column of sealed values (text, {@code v1:} or {@code v2:})
 * @param context the context a row's value was sealed for, from the row's key columns
 */
public record SealedColumn(String table, List<String> keyColumns, String column,
		Function<Map<String, Object>, String> context) {

	/** Implemented by every capability that keeps sealed values. */
	public interface Owner {

		List<SealedColumn> sealedColumns();

	}

}
