package org.aftersale.returns;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.aftersale.orders.LineItem;
import org.aftersale.orders.Order;
import org.aftersale.returns.policy.ReturnCase;

/**
 * An order with a return case per line, as the policy sees them today.
 *
 * @param today the store's local day
 */
record OrderCases(Order order, LocalDate today, List<LineCase> lines) {

	/**
	 * A line, its case, and how many of its units are taken already (refunded, or in
	 * returns still open).
	 */
	record LineCase(LineItem line, ReturnCase returnCase, long taken) {
	}

	Optional<LineCase> line(UUID lineId) {
		return lines.stream().filter(l -> l.line().lineId().equals(lineId)).findFirst();
	}

}
