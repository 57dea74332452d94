package org.aftersale.integrations.csv;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aftersale.kernel.FieldProblem;

/**
 * Renames the order's field paths in validation problems to the export's column names,
 * with the row of a line item's problem.
 */
final class CsvColumns {

	private static final Pattern LINE_FIELD = Pattern.compile("^lineItems\\[(\\d+)]\\.(\\w+)$");

	private static final Map<String, String> ORDER = Map.ofEntries(Map.entry("source", "Id"),
			Map.entry("externalId", "Id"), Map.entry("number", "Name"), Map.entry("placedAt", "Created at"),
			Map.entry("currency", "Currency"), Map.entry("customer.email", "Email"),
			Map.entry("customer.firstName", "Billing Name"), Map.entry("customer.lastName", "Billing Name"),
			Map.entry("customer.phone", "Phone"), Map.entry("shippingAddress.name", "Shipping Name"),
			Map.entry("shippingAddress.line1", "Shipping Address1"),
			Map.entry("shippingAddress.line2", "Shipping Address2"), Map.entry("shippingAddress.city", "Shipping City"),
			Map.entry("shippingAddress.region", "Shipping Province"),
			Map.entry("shippingAddress.postalCode", "Shipping Zip"),
			Map.entry("shippingAddress.country", "Shipping Country"), Map.entry("totals.subtotal", "Subtotal"),
			Map.entry("totals.shipping", "Shipping"), Map.entry("totals.tax", "Taxes"),
			Map.entry("totals.discount", "Discount Amount"), Map.entry("totals.total", "Total"),
			Map.entry("financialStatus", "Financial Status"), Map.entry("lineItems", "Lineitem name"));

	private static final Map<String, String> LINE = Map.of("quantity", "Lineitem quantity", "unitPrice",
			"Lineitem price", "title", "Lineitem name", "sku", "Lineitem sku", "discount", "Lineitem discount");

	private CsvColumns() {
	}

	static List<FieldProblem> describe(List<FieldProblem> problems, List<Long> lines) {
		return problems.stream().map(problem -> describe(problem, lines)).toList();
	}

	private static FieldProblem describe(FieldProblem problem, List<Long> lines) {
		Matcher line = LINE_FIELD.matcher(problem.field());
		if (line.matches()) {
			int index = Integer.parseInt(line.group(1));
			String column = LINE.getOrDefault(line.group(2), "Lineitem " + line.group(2));
			String where = index < lines.size() ? " (line " + lines.get(index) + ")" : "";
			return new FieldProblem(column, problem.message() + where);
		}
		return new FieldProblem(ORDER.getOrDefault(problem.field(), problem.field()), problem.message());
	}

}
