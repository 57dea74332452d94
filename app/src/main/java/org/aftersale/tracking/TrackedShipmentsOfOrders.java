package org.aftersale.tracking;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;
import org.aftersale.orders.OrderShipment;
import org.aftersale.orders.OrderShipments;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shows the followed shipments, with their derived status, on orders' JSON through the
 * SPI that orders publishes ({@link OrderShipments}).
 */
@Component
@Transactional(readOnly = true)
class TrackedShipmentsOfOrders implements OrderShipments {

	private final Shipments shipments;

	TrackedShipmentsOfOrders(Shipments shipments) {
		this.shipments = shipments;
	}

	@Override
	public Map<OrderId, List<OrderShipment>> of(StoreId storeId, Collection<OrderId> orderIds) {
		Map<OrderId, List<OrderShipment>> result = new HashMap<>();
		if (orderIds.isEmpty()) {
			return result;
		}
		for (Shipment s : shipments.findOutboundOfOrders(storeId, orderIds.stream().map(OrderId::value).toList())) {
			result.computeIfAbsent(s.orderId(), k -> new java.util.ArrayList<>())
				.add(new OrderShipment(s.id().value(), s.fulfilmentId(), s.carrier(), s.trackingNumber(),
						s.trackingUrl(), s.status().wireName(), s.subStatus() == null ? null : s.subStatus().wireName(),
						s.estimatedDelivery(), s.deliveredAt(), s.lastEventAt(), s.lastEventDescription(),
						s.shippedAt() != null ? s.shippedAt() : s.createdAt(),
						s.lines().stream().map(ShipmentLine::orderLineId).distinct().toList()));
		}
		return result;
	}

}
