package org.aftersale.orders.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.aftersale.kernel.FieldProblem;
import org.aftersale.kernel.InvalidInputException;
import org.aftersale.orders.OrderSearch;
import org.aftersale.orders.OrderStatus;
import org.jspecify.annotations.Nullable;

/**
 * The order list's filter form as the merchant typed it. Dates are calendar days in the
 * store's time zone, and the "to" day is included. Public only so that the template's
 * expressions can read it.
 */
public record OrderFilter(String q, String status, String from, String to, String source) {

	public OrderFilter {
		q = q == null ? "" : q.strip();
		status = status == null ? "" : status.strip();
		from = from == null ? "" : from.strip();
		to = to == null ? "" : to.strip();
		source = source == null ? "" : source.strip();
	}

	public boolean isEmpty() {
		return q.isEmpty() && status.isEmpty() && from.isEmpty() && to.isEmpty() && source.isEmpty();
	}

	OrderSearch toSearch(ZoneId zone) {
		List<FieldProblem> problems = new ArrayList<>();
		OrderStatus wanted = null;
		if (!status.isEmpty()) {
			try {
				wanted = OrderStatus.valueOf(status.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("status", "is not a known order status"));
			}
		}
		LocalDate fromDay = day(from, "from", problems);
		LocalDate toDay = day(to, "to", problems);
		if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
			problems.add(new FieldProblem("to", "must not be before the start date"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new OrderSearch(q.isEmpty() ? null : q, null, null, null, wanted,
				fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant(),
				toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant(), null,
				source.isEmpty() ? null : source);
	}

	private static @Nullable LocalDate day(String value, String field, List<FieldProblem> problems) {
		if (value.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(field, "must be a date like 2026-01-31"));
			return null;
		}
	}

}
