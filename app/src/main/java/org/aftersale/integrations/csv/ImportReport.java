package org.aftersale.integrations.csv;

import java.util.List;

import org.aftersale.kernel.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * What an import did, order by order, in file order.
 */
record ImportReport(int created, int updated, int unchanged, int failed, List<Row> rows) {

	/**
	 * @param line the spreadsheet row of the order's first line
	 * @param status {@code created}, {@code updated}, {@code unchanged} or {@code failed}
	 */
	record Row(long line, @Nullable String orderNumber, String status, List<FieldProblem> errors) {
	}

	static ImportReport of(List<Row> rows) {
		return new ImportReport(count(rows, "created"), count(rows, "updated"), count(rows, "unchanged"),
				count(rows, "failed"), rows);
	}

	private static int count(List<Row> rows, String status) {
		return (int) rows.stream().filter(row -> row.status().equals(status)).count();
	}

}
