package org.aftersale.orders;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How far an order's lines have shipped, counting the fulfilments the shop has not
 * cancelled: the units shipped per line, the order's fulfilment status, and which units a
 * new fulfilment carries.
 */
final class FulfilmentProgress {

	private final List<LineItem> lineItems;

	private final Map<UUID, Long> shipped = new HashMap<>();

	FulfilmentProgress(List<LineItem> lineItems, List<Fulfilment> fulfilments, List<FulfilmentLine> fulfilmentLines) {
		this.lineItems = lineItems;
		List<UUID> live = fulfilments.stream()
			.filter(f -> !"cancelled".equalsIgnoreCase(f.status()))
			.map(Fulfilment::fulfilmentId)
			.toList();
		for (FulfilmentLine line : fulfilmentLines) {
			if (live.contains(line.fulfilmentId())) {
				shipped.merge(line.lineId(), line.quantity(), Long::sum);
			}
		}
	}

	/** Open, partly or wholly fulfilled, by the units shipped. */
	OrderStatus status() {
		long ordered = lineItems.stream().mapToLong(LineItem::quantity).sum();
		long sent = lineItems.stream()
			.mapToLong(l -> Math.min(l.quantity(), shipped.getOrDefault(l.lineId(), 0L)))
			.sum();
		return sent == 0 ? OrderStatus.OPEN : sent >= ordered ? OrderStatus.FULFILLED : OrderStatus.PARTIALLY_FULFILLED;
	}

	/**
	 * The units a new fulfilment carries: its lines matched by the shop's line id or SKU
	 * or, when it lists none, whatever has not shipped yet.
	 */
	List<ShippedUnits> unitsOf(List<FulfilmentSubmission.ShippedLine> lines) {
		List<ShippedUnits> units = new ArrayList<>();
		if (lines.isEmpty()) {
			for (LineItem line : lineItems) {
				long open = line.quantity() - shipped.getOrDefault(line.lineId(), 0L);
				if (open > 0) {
					units.add(new ShippedUnits(line.lineId(), line.sku(), open));
				}
			}
			return units;
		}
		for (FulfilmentSubmission.ShippedLine wanted : lines) {
			lineItems.stream()
				.filter(l -> (wanted.lineExternalId() != null && wanted.lineExternalId().equals(l.externalId()))
						|| (wanted.lineExternalId() == null && wanted.sku() != null && wanted.sku().equals(l.sku())))
				.findFirst()
				.ifPresent(l -> units
					.add(new ShippedUnits(l.lineId(), l.sku(), Math.min(wanted.quantity(), l.quantity()))));
		}
		return units;
	}

}
