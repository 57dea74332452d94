package org.aftersale.integrations.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams a Shopify order export as orders, never holding more than one order's rows.
 */
final class ShopifyOrderExport {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreHeaderCase(true)
		.setIgnoreEmptyLines(true)
		.setAllowMissingColumnNames(true)
		.get();

	/** A row or rows that cannot form an order at all (no Name, broken quoting). */
	record Unreadable(long line, String problem) {
	}

	private ShopifyOrderExport() {
	}

	static void read(Reader reader, Consumer<CsvOrder> orders, Consumer<Unreadable> unreadable) {
		try (CSVParser parser = FORMAT.parse(reader)) {
			if (parser.getHeaderNames().stream().noneMatch("Name"::equalsIgnoreCase)) {
				unreadable.accept(new Unreadable(1, "the header has no Name column; is this a Shopify order export?"));
				return;
			}
			List<CSVRecord> rows = new ArrayList<>();
			List<Long> lines = new ArrayList<>();
			String current = null;
			Iterator<CSVRecord> records = parser.iterator();
			while (true) {
				CSVRecord record;
				try {
					if (!records.hasNext()) {
						break;
					}
					record = records.next();
				}
				catch (UncheckedIOException | IllegalStateException ex) {
					// The parser's own words, not the class names its exceptions are
					// wrapped in.
					Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
					unreadable.accept(new Unreadable(parser.getCurrentLineNumber(), "the CSV is malformed here: "
							+ cause.getMessage() + "; the rest of the file was not read"));
					break;
				}
				// Spreadsheet row numbers, which is what a merchant looks for; a quoted
				// field spanning lines still counts as one row.
				long line = record.getRecordNumber() + 1;
				String name = CsvOrder.value(record, "Name");
				if (name == null) {
					unreadable.accept(new Unreadable(line, "Name is empty, so the row belongs to no order"));
					continue;
				}
				if (current != null && !current.equals(name)) {
					orders.accept(new CsvOrder(current, List.copyOf(rows), List.copyOf(lines)));
					rows.clear();
					lines.clear();
				}
				current = name;
				rows.add(record);
				lines.add(line);
			}
			if (current != null) {
				orders.accept(new CsvOrder(current, List.copyOf(rows), List.copyOf(lines)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
