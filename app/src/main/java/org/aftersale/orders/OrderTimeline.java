package org.aftersale.orders;

import java.time.Instant;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.aftersale.kernel.StoreId;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.stereotype.Component;

/**
 * What happened to each order, in the merchant's words, written in the same transaction
 * as the change itself so that the order page never shows a change without its entry or
 * the reverse.
 */
@Component
public class OrderTimeline {

	/** One line of an order's history. */
	public record Entry(Instant occurredAt, String kind, String summary) {
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	OrderTimeline(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
	}

	public List<Entry> of(StoreId storeId, OrderId orderId) {
		return jdbc.sql("""
				select occurred_at, kind, summary from orders.order_activity
				where store_id = :store and order_id = :order order by occurred_at, id
				""")
			.param("store", storeId.value())
			.param("order", orderId.value())
			.query((rs, n) -> new Entry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3)))
			.list();
	}

	/**
	 * Adds a line that another capability or a person wrote (a parcel's milestone, a
	 * correction, a note), in the caller's transaction.
	 * @param kind a short code for filtering and icons: {@code note}, {@code parcel},
	 * {@code message}, ...
	 */
	public void add(StoreId storeId, OrderId orderId, Instant at, String kind, String summary) {
		record(storeId, orderId, at, kind, summary);
	}

	@EventListener
	void on(OrdersPlaced event) {
		for (PlacedOrder order : event.orders()) {
			// Dated when the shopper placed it: an order imported or back-filled later
			// still
			// comes before its own shipping in the timeline.
			record(event.storeId(), order.orderId(), order.placedAt(), "placed",
					"Order " + order.number() + " received: " + order.lineCount() + " line item(s), " + order.total()
							+ " " + order.total().currency().getCurrencyCode());
		}
	}

	@EventListener
	void on(OrderUpdated event) {
		record(event.storeId(), event.orderId(), event.occurredAt(), "updated",
				"Updated by the shop: " + String.join(", ", event.changes()));
	}

	@EventListener
	void on(OrderCancelled event) {
		record(event.storeId(), event.orderId(), event.occurredAt(), "cancelled",
				"Cancelled" + (event.reason() == null ? "" : " (" + event.reason() + ")"));
	}

	@EventListener
	void on(FulfilmentCreated event) {
		record(event.storeId(), event.orderId(), event.occurredAt(), "fulfilled",
				"Shipped" + (event.carrierHint() == null ? "" : " with " + event.carrierHint())
						+ (event.trackingNumbers().isEmpty() ? " (no tracking number)"
								: ", tracking " + String.join(", ", event.trackingNumbers())));
	}

	@EventListener
	void on(FulfilmentUpdated event) {
		record(event.storeId(), event.orderId(), event.occurredAt(), "fulfilment", "Fulfilment " + event.status()
				+ (event.shipmentStatus() == null ? "" : ", delivery status " + event.shipmentStatus()));
	}

	@EventListener
	void on(OrderRefunded event) {
		record(event.storeId(), event.orderId(), event.occurredAt(), "refunded",
				"Refunded " + event.amount() + " " + event.amount().currency().getCurrencyCode());
	}

	private void record(StoreId storeId, OrderId orderId, Instant at, String kind, String summary) {
		Object[] row = { storeId.value(), orderId.value(), Timestamp.from(at), kind,
				summary.length() > 500 ? summary.substring(0, 500) : summary };
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			insert(List.<Object[]>of(row));
			return;
		}
		// Entries of one transaction are written together just before it commits: a batch
		// import of a thousand
		// orders costs one statement instead of a thousand.
		@SuppressWarnings("unchecked")
		List<Object[]> pending = (List<Object[]>) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			List<Object[]> rows = new ArrayList<>();
			TransactionSynchronizationManager.bindResource(this, rows);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					insert(rows);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(OrderTimeline.this);
				}
			});
			pending = rows;
		}
		pending.add(row);
	}

	private void insert(List<Object[]> rows) {
		jdbcTemplate.batchUpdate("""
				insert into orders.order_activity (store_id, order_id, occurred_at, kind, summary)
				values (?, ?, ?, ?, ?)
				""", rows);
	}

}
