package org.aftersale.orders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.aftersale.kernel.Address;
import org.aftersale.kernel.EmailAddress;
import org.aftersale.kernel.FieldProblem;
import org.aftersale.kernel.FieldRules;
import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.Money;
import org.jspecify.annotations.Nullable;

/**
 * An order as a shop describes it, from any source (API, Shopify, CSV), before it is
 * taken in. Amounts are decimal strings in the order's currency. {@link #validate()}
 * reports every problem at once.
 *
 * @param sourceUpdatedAt when the shop last changed the order; an older version never
 * replaces a newer one
 */
public record OrderSubmission(String source, String externalId, String number, Instant placedAt, String currency,
		Customer customer, @Nullable Address shippingAddress, List<Line> lineItems, Totals totals,
		@Nullable String financialStatus, @Nullable Instant sourceUpdatedAt, @Nullable Instant cancelledAt,
		@Nullable String cancelReason) {

	public static final int MAX_LINE_ITEMS = 1000;

	/** The same order with other lines, such as lines completed from the catalog. */
	public OrderSubmission withLineItems(List<Line> lines) {
		return new OrderSubmission(source, externalId, number, placedAt, currency, customer, shippingAddress,
				List.copyOf(lines), totals, financialStatus, sourceUpdatedAt, cancelledAt, cancelReason);
	}

	/**
	 * @param emailMarketingConsent whether the shopper agreed to marketing e-mail, if the
	 * shop says
	 * @param smsMarketingConsent whether the shopper agreed to marketing texts, if the
	 * shop says
	 */
	public record Customer(String email, @Nullable String firstName, @Nullable String lastName, @Nullable String phone,
			@Nullable Boolean emailMarketingConsent, @Nullable Boolean smsMarketingConsent) {

		public Customer(String email, @Nullable String firstName, @Nullable String lastName, @Nullable String phone) {
			this(email, firstName, lastName, phone, null, null);
		}

	}

	/**
	 * @param externalId the shop's id of this line, used to keep line ids stable across
	 * updates
	 */
	public record Line(@Nullable String externalId, @Nullable String sku, String title, @Nullable String variantTitle,
			long quantity, String unitPrice, @Nullable String discount, @Nullable String tax,
			@Nullable String productId, @Nullable String variantId, @Nullable String imageUrl, List<String> tags,
			@Nullable String productType) {

		/** The same line with what the shop's catalog says of its product. */
		public Line withProduct(@Nullable String imageUrl, List<String> tags, @Nullable String productType) {
			return new Line(externalId, sku, title, variantTitle, quantity, unitPrice, discount, tax, productId,
					variantId, imageUrl, tags, productType);
		}

	}

	/**
	 * @param taxesIncluded whether the prices include tax, as the shop says
	 */
	public record Totals(String subtotal, String shipping, String tax, String discount, String total,
			boolean taxesIncluded) {

		public Totals(String subtotal, String shipping, String tax, String discount, String total) {
			this(subtotal, shipping, tax, discount, total, false);
		}

	}

	/**
	 * The submission's money, parsed against its currency; only valid after
	 * {@link #validate()}.
	 */
	Currency currencyUnit() {
		return Currency.getInstance(currency.toUpperCase(Locale.ROOT));
	}

	Money money(String amount) {
		return Money.parse(amount, currencyUnit());
	}

	/**
	 * @throws InvalidInputException listing every problem; nothing is stored when it is
	 * thrown
	 */
	public OrderSubmission validate() {
		List<FieldProblem> problems = new ArrayList<>();
		text(problems, "source", source, 32, true);
		text(problems, "externalId", externalId, 128, true);
		text(problems, "number", number, 64, true);
		if (placedAt == null) {
			problems.add(new FieldProblem("placedAt", "is required (ISO-8601 with offset)"));
		}
		Currency unit = null;
		if (currency == null || currency.isBlank()) {
			problems.add(new FieldProblem("currency", "is required"));
		}
		else {
			try {
				unit = Currency.getInstance(currency.toUpperCase(Locale.ROOT));
				if (!Money.isMoneyCurrency(unit)) {
					problems.add(new FieldProblem("currency", "is not a currency money is paid in"));
					unit = null;
				}
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("currency", "is not an ISO 4217 currency code"));
			}
		}
		if (customer == null) {
			problems.add(new FieldProblem("customer", "is required"));
		}
		else {
			if (customer.email() == null || !EmailAddress.isValid(customer.email())) {
				problems.add(new FieldProblem("customer.email", "is not a valid e-mail address"));
			}
			text(problems, "customer.firstName", customer.firstName(), 100, false);
			text(problems, "customer.lastName", customer.lastName(), 100, false);
			text(problems, "customer.phone", customer.phone(), 32, false);
		}
		if (shippingAddress != null) {
			FieldRules.address(problems, "shippingAddress", shippingAddress, false);
		}
		if (lineItems == null || lineItems.isEmpty()) {
			problems.add(new FieldProblem("lineItems", "must contain at least one line item"));
		}
		else if (lineItems.size() > MAX_LINE_ITEMS) {
			problems.add(new FieldProblem("lineItems", "must contain at most " + MAX_LINE_ITEMS + " line items"));
		}
		else {
			for (int i = 0; i < lineItems.size(); i++) {
				line(problems, "lineItems[" + i + "]", lineItems.get(i), unit);
			}
		}
		if (totals == null) {
			problems.add(new FieldProblem("totals", "is required"));
		}
		else {
			// Required: the order stores every total, and a missing one must be a 422
			// here,
			// not a failure while storing.
			amount(problems, "totals.subtotal", totals.subtotal(), unit, true);
			amount(problems, "totals.shipping", totals.shipping(), unit, true);
			amount(problems, "totals.tax", totals.tax(), unit, true);
			amount(problems, "totals.discount", totals.discount(), unit, true);
			amount(problems, "totals.total", totals.total(), unit, true);
		}
		text(problems, "financialStatus", financialStatus, 32, false);
		text(problems, "cancelReason", cancelReason, 200, false);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return this;
	}

	private static void line(List<FieldProblem> problems, String path, @Nullable Line line, @Nullable Currency unit) {
		if (line == null) {
			problems.add(new FieldProblem(path, "is required"));
			return;
		}
		text(problems, path + ".title", line.title(), 255, true);
		text(problems, path + ".sku", line.sku(), 100, false);
		text(problems, path + ".variantTitle", line.variantTitle(), 255, false);
		text(problems, path + ".externalId", line.externalId(), 128, false);
		text(problems, path + ".productId", line.productId(), 128, false);
		text(problems, path + ".variantId", line.variantId(), 128, false);
		text(problems, path + ".productType", line.productType(), 255, false);
		if (line.quantity() < 1 || line.quantity() > 1_000_000) {
			problems.add(new FieldProblem(path + ".quantity", "must be between 1 and 1000000"));
		}
		amount(problems, path + ".unitPrice", line.unitPrice(), unit, true);
		if (line.discount() != null) {
			amount(problems, path + ".discount", line.discount(), unit, false);
			if (unit != null && exceedsSubtotal(line, unit)) {
				problems
					.add(new FieldProblem(path + ".discount", "must not exceed the line's price times its quantity"));
			}
		}
		if (line.tax() != null) {
			amount(problems, path + ".tax", line.tax(), unit, false);
		}
		if (line.imageUrl() != null
				&& !(line.imageUrl().startsWith("https://") || line.imageUrl().startsWith("http://"))
				|| line.imageUrl() != null && line.imageUrl().length() > 1000) {
			problems.add(new FieldProblem(path + ".imageUrl", "must be an http(s) URL of at most 1000 characters"));
		}
		if (line.tags() != null && (line.tags().size() > 50 || line.tags()
			.stream()
			.anyMatch(t -> t == null || t.isBlank() || t.length() > 64 || t.contains(",")))) {
			problems
				.add(new FieldProblem(path + ".tags", "must be at most 50 tags of 1 to 64 characters without commas"));
		}
	}

	private static boolean exceedsSubtotal(Line line, Currency unit) {
		try {
			return Money.parse(line.discount(), unit).minorUnits() > Money.parse(line.unitPrice(), unit).minorUnits()
					* Math.max(line.quantity(), 0);
		}
		catch (IllegalArgumentException | ArithmeticException ex) {
			return false;
		}
	}

	private static void amount(List<FieldProblem> problems, String field, @Nullable String value,
			@Nullable Currency unit, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(new FieldProblem(field, "is required"));
			}
			return;
		}
		if (unit == null) {
			return;
		}
		try {
			if (Money.parse(value, unit).isNegative()) {
				problems.add(new FieldProblem(field, "must not be negative"));
			}
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem(field, "must be a decimal amount with at most "
					+ unit.getDefaultFractionDigits() + " decimals, e.g. \"59.13\""));
		}
	}

	private static void text(List<FieldProblem> problems, String field, @Nullable String value, int max,
			boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(new FieldProblem(field, "is required"));
			}
		}
		else if (value.length() > max) {
			problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
		}
		else if (value.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
			problems.add(new FieldProblem(field, "must not contain control characters"));
		}
	}

}
