package org.aftersale.tracking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.aftersale.kernel.FieldProblem;
import org.aftersale.kernel.InvalidInputException;
import org.aftersale.orders.LineItem;
import org.aftersale.orders.Order;

/**
 * Resolves what a new shipment carries against the order's lines: by line id (from a
 * fulfilment, already checked by the order) or by SKU and quantity (from the API), never
 * more units than the order has left that no other shipment carries.
 */
final class ShipmentContents {

	private final Order order;

	private final Map<UUID, Long> alreadyShipped = new HashMap<>();

	ShipmentContents(Order order, List<Shipment> others) {
		this.order = order;
		others.forEach(s -> s.lines().forEach(l -> alreadyShipped.merge(l.orderLineId(), l.quantity(), Long::sum)));
	}

	List<ShipmentLine> resolve(List<ShipmentSubmission.Item> items) {
		List<ShipmentLine> lines = new ArrayList<>();
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			ShipmentSubmission.Item item = items.get(i);
			if (item.orderLineId() != null) {
				byId(item.orderLineId()).ifPresent(
						l -> lines.add(new ShipmentLine(l.lineId(), l.sku(), Math.min(item.quantity(), l.quantity()))));
				continue;
			}
			Optional<LineItem> line = bySku(item.sku(), item.quantity());
			if (line.isEmpty()) {
				problems.add(new FieldProblem("lineItems[" + i + "].sku", "is not a line of this order"));
				continue;
			}
			long open = open(line.get());
			if (item.quantity() < 1 || item.quantity() > open) {
				problems.add(new FieldProblem("lineItems[" + i + "].quantity",
						"must be between 1 and " + open + " (units of this line not yet in another shipment)"));
				continue;
			}
			alreadyShipped.merge(line.get().lineId(), item.quantity(), Long::sum);
			lines.add(new ShipmentLine(line.get().lineId(), line.get().sku(), item.quantity()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return lines;
	}

	private Optional<LineItem> byId(UUID lineId) {
		return order.lineItems().stream().filter(l -> l.lineId().equals(lineId)).findFirst();
	}

	// An order may list the same SKU on several lines (e.g. a gift and a regular copy):
	// the first one with enough units left wins.
	private Optional<LineItem> bySku(@org.jspecify.annotations.Nullable String sku, long quantity) {
		List<LineItem> candidates = order.lineItems().stream().filter(l -> sku != null && sku.equals(l.sku())).toList();
		return candidates.stream()
			.filter(l -> open(l) >= quantity)
			.findFirst()
			.or(() -> candidates.stream().findFirst());
	}

	private long open(LineItem line) {
		return Math.max(0, line.quantity() - alreadyShipped.getOrDefault(line.lineId(), 0L));
	}

}
