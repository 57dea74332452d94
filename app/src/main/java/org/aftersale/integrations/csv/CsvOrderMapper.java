package org.aftersale.integrations.csv;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import org.aftersale.kernel.Address;
import org.aftersale.kernel.FieldProblem;
import org.aftersale.kernel.InvalidInputException;
import org.aftersale.orders.OrderSubmission;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import static org.aftersale.integrations.csv.CsvOrder.value;

/**
 * Maps an order of Shopify's order export to an {@link OrderSubmission}. Problems are
 * named by the export's column, so a merchant can find them in their spreadsheet.
 */
final class CsvOrderMapper {

	// Shopify writes "2024-03-15 10:12:45 -0400"; ISO-8601 is accepted for hand-made
	// files.
	private static final DateTimeFormatter SHOPIFY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z");

	private CsvOrderMapper() {
	}

	static OrderSubmission toSubmission(CsvOrder order) {
		List<FieldProblem> problems = new ArrayList<>();
		Instant placedAt = time(order.first("Created at"), "Created at", problems);
		Instant paidAt = time(order.first("Paid at"), "Paid at", problems);
		Instant fulfilledAt = time(order.first("Fulfilled at"), "Fulfilled at", problems);
		Instant cancelledAt = time(order.first("Cancelled at"), "Cancelled at", problems);
		List<OrderSubmission.Line> lines = new ArrayList<>();
		for (int i = 0; i < order.rows().size(); i++) {
			lines.add(line(order.rows().get(i), order.lines().get(i), problems));
		}
		if (placedAt == null && problems.stream().noneMatch(p -> p.field().equals("Created at"))) {
			problems.add(new FieldProblem("Created at", "is required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		String id = order.first("Id");
		String billingName = order.first("Billing Name");
		String[] names = splitName(billingName != null ? billingName : order.first("Shipping Name"));
		// An export is a snapshot; its latest visible change stands in for updated_at, so
		// an old export never overwrites what a newer webhook delivered.
		Instant seenAt = Stream.of(placedAt, paidAt, fulfilledAt, cancelledAt)
			.filter(Objects::nonNull)
			.max(Instant::compareTo)
			.orElse(placedAt);
		return new OrderSubmission(id != null ? "shopify" : "csv", id != null ? id : order.name(), order.name(),
				placedAt, orEmpty(order.first("Currency")),
				new OrderSubmission.Customer(orEmpty(order.first("Email")), names[0], names[1],
						firstOf(order.first("Phone"), order.first("Shipping Phone")),
						yesOrNo(order.first("Accepts Marketing")), null),
				address(order), lines,
				new OrderSubmission.Totals(orZero(order.first("Subtotal")), orZero(order.first("Shipping")),
						orZero(order.first("Taxes")), orZero(order.first("Discount Amount")),
						orEmpty(order.first("Total"))),
				order.first("Financial Status"), seenAt, cancelledAt, null);
	}

	private static OrderSubmission.Line line(CSVRecord row, long lineNumber, List<FieldProblem> problems) {
		long quantity = 0;
		String text = value(row, "Lineitem quantity");
		try {
			quantity = text == null ? 0 : Long.parseLong(text);
		}
		catch (NumberFormatException ex) {
			problems.add(new FieldProblem("Lineitem quantity", "must be a whole number (line " + lineNumber + ")"));
		}
		return new OrderSubmission.Line(null, value(row, "Lineitem sku"), orEmpty(value(row, "Lineitem name")), null,
				quantity, orEmpty(value(row, "Lineitem price")), value(row, "Lineitem discount"), null, null, null,
				null, List.of(), null);
	}

	// Shopify's order export says "yes" or "no"; the checkbox covers e-mail only.
	private static @Nullable Boolean yesOrNo(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String v = value.strip().toLowerCase(Locale.ROOT);
		return v.equals("yes") || v.equals("true") ? Boolean.TRUE
				: v.equals("no") || v.equals("false") ? Boolean.FALSE : null;
	}

	private static @Nullable Address address(CsvOrder order) {
		String line1 = firstOf(order.first("Shipping Address1"), order.first("Shipping Street"));
		if (line1 == null && order.first("Shipping City") == null) {
			return null;
		}
		String zip = order.first("Shipping Zip");
		// Spreadsheet exports keep leading zeros of postal codes behind an apostrophe.
		if (zip != null && zip.startsWith("'")) {
			zip = zip.substring(1);
		}
		return new Address(orEmpty(order.first("Shipping Name")), orEmpty(line1), order.first("Shipping Address2"),
				orEmpty(order.first("Shipping City")), order.first("Shipping Province"), orEmpty(zip),
				orEmpty(order.first("Shipping Country")));
	}

	private static @Nullable Instant time(@Nullable String text, String column, List<FieldProblem> problems) {
		if (text == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text, SHOPIFY_TIME).toInstant();
		}
		catch (DateTimeParseException ex) {
			try {
				return OffsetDateTime.parse(text).toInstant();
			}
			catch (DateTimeParseException again) {
				try {
					return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
				}
				catch (DateTimeParseException last) {
					problems.add(new FieldProblem(column, "is not a time like 2024-03-15 10:12:45 -0400"));
					return null;
				}
			}
		}
	}

	private static @Nullable String[] splitName(@Nullable String name) {
		if (name == null) {
			return new String[] { null, null };
		}
		int space = name.indexOf(' ');
		return space < 0 ? new String[] { name, null }
				: new String[] { name.substring(0, space), name.substring(space + 1).strip() };
	}

	private static @Nullable String firstOf(@Nullable String a, @Nullable String b) {
		return a != null ? a : b;
	}

	private static String orEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}

	private static String orZero(@Nullable String value) {
		return value == null ? "0" : value;
	}

}
