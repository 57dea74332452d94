package org.aftersale.integrations.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.aftersale.kernel.FieldProblem;
import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderIntake;
import org.aftersale.orders.OrderSubmission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Imports a Shopify order export. Every order is validated on its own and a bad one is
 * reported, never fatal; valid orders are taken in by chunks, one transaction each.
 */
@Service
class OrderImport {

	private static final Logger log = LoggerFactory.getLogger(OrderImport.class);

	static final int CHUNK = 200;

	private record Pending(int row, OrderSubmission submission) {
	}

	private final OrderIntake intake;

	OrderImport(OrderIntake intake) {
		this.intake = intake;
	}

	ImportReport run(StoreId storeId, InputStream csv) throws IOException {
		List<ImportReport.Row> rows = new ArrayList<>();
		List<Pending> pending = new ArrayList<>();
		ShopifyOrderExport.read(utf8WithoutBom(csv), order -> {
			try {
				OrderSubmission submission = CsvOrderMapper.toSubmission(order).validate();
				pending.add(new Pending(rows.size(), submission));
				rows.add(new ImportReport.Row(order.firstLine(), order.name(), "pending", List.of()));
			}
			catch (InvalidInputException ex) {
				rows.add(new ImportReport.Row(order.firstLine(), order.name(), "failed",
						CsvColumns.describe(ex.problems(), order.lines())));
			}
			if (pending.size() >= CHUNK) {
				flush(storeId, pending, rows);
			}
		}, unreadable -> rows.add(new ImportReport.Row(unreadable.line(), null, "failed",
				List.of(new FieldProblem("row", unreadable.problem())))));
		flush(storeId, pending, rows);
		return ImportReport.of(rows);
	}

	private void flush(StoreId storeId, List<Pending> pending, List<ImportReport.Row> rows) {
		if (pending.isEmpty()) {
			return;
		}
		List<OrderIntake.Result> results;
		try {
			results = intake.submitAll(storeId, pending.stream().map(Pending::submission).toList());
		}
		catch (RuntimeException ex) {
			// One order the database refuses must not cost the others of its chunk.
			log.info("A chunk of the CSV import failed as a whole; importing its orders one by one", ex);
			results = null;
		}
		for (int i = 0; i < pending.size(); i++) {
			Pending p = pending.get(i);
			ImportReport.Row row = rows.get(p.row());
			try {
				OrderIntake.Result result = results != null ? results.get(i) : intake.submit(storeId, p.submission());
				rows.set(p.row(), new ImportReport.Row(row.line(), row.orderNumber(), status(result), List.of()));
			}
			catch (RuntimeException ex) {
				rows.set(p.row(), new ImportReport.Row(row.line(), row.orderNumber(), "failed",
						List.of(new FieldProblem("row", "could not be stored"))));
			}
		}
		pending.clear();
	}

	private static String status(OrderIntake.Result result) {
		return switch (result.outcome()) {
			case CREATED -> "created";
			case UPDATED -> "updated";
			case UNCHANGED, STALE -> "unchanged";
		};
	}

	// Spreadsheet programs often prefix UTF-8 exports with a byte-order mark, which would
	// otherwise become part of the first column's name.
	private static Reader utf8WithoutBom(InputStream in) throws IOException {
		PushbackReader reader = new PushbackReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1);
		int first = reader.read();
		if (first != -1 && first != '\uFEFF') {
			reader.unread(first);
		}
		return reader;
	}

}
