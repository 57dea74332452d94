package org.aftersale.integrations.csv;

import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * One order of a Shopify order export: consecutive rows with the same Name, one per line
 * item, order-level columns filled only on the first.
 *
 * @param lines the spreadsheet row number of each record (the header is row 1)
 */
record CsvOrder(String name, List<CSVRecord> rows, List<Long> lines) {

	long firstLine() {
		return lines.get(0);
	}

	@Nullable String first(String column) {
		return value(rows.get(0), column);
	}

	static @Nullable String value(CSVRecord row, String column) {
		if (!row.isMapped(column) || !row.isSet(column)) {
			return null;
		}
		String value = row.get(column).strip();
		return value.isEmpty() ? null : value;
	}

}
