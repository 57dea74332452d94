package org.aftersale.tracking;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.aftersale.orders.OrderId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Saves the derived tracking state of many shipments in one batch and publishes the
 * events they registered, as {@code save} would. A repository save rewrites each
 * aggregate's line items too; ingestion changes only the tracking columns, and at
 * thousands of parcels per request that difference is most of the cost.
 */
@Component
class ShipmentStates {

	private static final String UPDATE = """
			update tracking.shipment set version = version + 1, status = ?, sub_status = ?, status_since = ?,
			    last_event_at = ?, last_event_description = ?, delivered_at = ?, signed_by = ?,
			    estimated_delivery = ?, updated_at = ?
			where id = ? and version = ?""";

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher publisher;

	ShipmentStates(JdbcTemplate jdbc, ApplicationEventPublisher publisher) {
		this.jdbc = jdbc;
		this.publisher = publisher;
	}

	void save(List<Shipment> changed) {
		int[][] counts = jdbc.batchUpdate(UPDATE, changed, 1000, (ps, s) -> {
			ps.setString(1, s.status().name());
			ps.setString(2, TrackingEvents.text(s.subStatus()));
			ps.setTimestamp(3, timestamp(s.statusSince()));
			ps.setTimestamp(4, timestamp(s.lastEventAt()));
			ps.setString(5, s.lastEventDescription());
			ps.setTimestamp(6, timestamp(s.deliveredAt()));
			ps.setString(7, s.signedBy());
			ps.setObject(8, s.estimatedDelivery());
			ps.setTimestamp(9, Timestamp.from(s.updatedAt()));
			ps.setObject(10, s.id().value());
			ps.setObject(11, s.version());
		});
		for (int[] chunk : counts) {
			for (int count : chunk) {
				if (count == 0) {
					throw new OptimisticLockingFailureException("a shipment changed while its events were applied");
				}
			}
		}
		if (changed.isEmpty()) {
			return;
		}
		Set<OrderId> orders = new HashSet<>();
		List<ShipmentStatusChanged> statusChanges = new ArrayList<>();
		List<ShipmentDelivered> deliveries = new ArrayList<>();
		List<ShipmentException> exceptions = new ArrayList<>();
		List<DeliveryEstimateChanged> estimateChanges = new ArrayList<>();
		for (Shipment shipment : changed) {
			orders.add(shipment.orderId());
			for (Object event : shipment.domainEvents()) {
				publisher.publishEvent(event);
				if (event instanceof ShipmentStatusChanged e) {
					statusChanges.add(e);
				}
				else if (event instanceof ShipmentDelivered e) {
					deliveries.add(e);
				}
				else if (event instanceof ShipmentException e) {
					exceptions.add(e);
				}
				else if (event instanceof DeliveryEstimateChanged e) {
					estimateChanges.add(e);
				}
			}
			shipment.clearEvents();
		}
		publisher.publishEvent(new ShipmentProgressRecorded(changed.get(0).storeId(), orders, statusChanges, deliveries,
				exceptions, estimateChanges));
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
