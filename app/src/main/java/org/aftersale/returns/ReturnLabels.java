package org.aftersale.returns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.aftersale.kernel.Money;
import org.aftersale.kernel.StoreId;
import org.aftersale.returns.label.BoughtLabel;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The labels of returns, one per return, scoped to the store on every read. */
@Component
class ReturnLabels {

	private static final String COLUMNS = """
			return_id, source, status, reference, carrier, service, tracking_number, label_url, qr_code_url,
			cost_minor, currency, file_type, shipment_id, problem, attempts, updated_at""";

	private final JdbcClient jdbc;

	ReturnLabels(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ReturnLabel> of(StoreId storeId, UUID returnId) {
		return jdbc.sql("select " + COLUMNS + " from returns.return_label where store_id = :store and return_id = :id")
			.param("store", storeId.value())
			.param("id", returnId)
			.query((rs, n) -> label(rs))
			.optional();
	}

	/** The label of the return whose parcel tracking follows as {@code shipmentId}. */
	Optional<UUID> returnOfShipment(StoreId storeId, UUID shipmentId) {
		return jdbc
			.sql("select return_id from returns.return_label where store_id = :store and shipment_id = :shipment")
			.param("store", storeId.value())
			.param("shipment", shipmentId)
			.query(UUID.class)
			.optional();
	}

	/** Returns whose label failed and may be tried again, oldest first. */
	List<Retry> retries(int maxAttempts, Instant before, int limit) {
		return jdbc.sql("""
				select l.store_id, l.return_id from returns.return_label l
				join returns.return_request r on r.id = l.return_id and r.status = 'APPROVED'
				where l.status = 'FAILED' and l.source <> 'upload' and l.attempts < :max and l.updated_at < :before
				order by l.updated_at limit :limit""")
			.param("max", maxAttempts)
			.param("before", Timestamp.from(before))
			.param("limit", limit)
			.query((rs, n) -> new Retry(new StoreId(rs.getObject("store_id", UUID.class)),
					rs.getObject("return_id", UUID.class)))
			.list();
	}

	record Retry(StoreId storeId, UUID returnId) {
	}

	/** Locks the return's label row, if it has one, for the rest of the transaction. */
	Optional<ReturnLabel> lock(StoreId storeId, UUID returnId) {
		return jdbc
			.sql("select " + COLUMNS
					+ " from returns.return_label where store_id = :store and return_id = :id for no key update")
			.param("store", storeId.value())
			.param("id", returnId)
			.query((rs, n) -> label(rs))
			.optional();
	}

	void prepared(StoreId storeId, UUID returnId, String source, String reference, Instant now) {
		jdbc.sql(
				"""
						insert into returns.return_label (return_id, store_id, source, status, reference, attempts, created_at, updated_at)
						values (:id, :store, :source, 'PREPARED', :reference, 0, :now, :now)
						on conflict (return_id) do update set source = excluded.source, status = 'PREPARED',
						    reference = excluded.reference, problem = null, updated_at = excluded.updated_at""")
			.param("id", returnId)
			.param("store", storeId.value())
			.param("source", source)
			.param("reference", reference)
			.param("now", Timestamp.from(now))
			.update();
	}

	void bought(StoreId storeId, UUID returnId, BoughtLabel label, UUID shipmentId, Instant now) {
		jdbc.sql("""
				update returns.return_label set status = 'BOUGHT', reference = :reference, carrier = :carrier,
				    service = :service, tracking_number = :tracking, label_url = :url, qr_code_url = :qr,
				    cost_minor = :cost, currency = :currency, shipment_id = :shipment, problem = null, updated_at = :now
				where store_id = :store and return_id = :id""")
			.param("reference", label.reference())
			.param("carrier", label.carrier())
			.param("service", label.service())
			.param("tracking", label.trackingNumber())
			.param("url", label.labelUrl())
			.param("qr", label.qrCodeUrl())
			.param("cost", label.cost().minorUnits())
			.param("currency", label.cost().currency().getCurrencyCode())
			.param("shipment", shipmentId)
			.param("now", Timestamp.from(now))
			.param("store", storeId.value())
			.param("id", returnId)
			.update();
	}

	void failed(StoreId storeId, UUID returnId, String source, String problem, Instant now) {
		String text = problem.length() > 500 ? problem.substring(0, 500) : problem;
		jdbc.sql(
				"""
						insert into returns.return_label (return_id, store_id, source, status, problem, attempts, created_at, updated_at)
						values (:id, :store, :source, 'FAILED', :problem, 1, :now, :now)
						on conflict (return_id) do update set status = 'FAILED', problem = excluded.problem,
						    attempts = returns.return_label.attempts + 1, updated_at = excluded.updated_at""")
			.param("id", returnId)
			.param("store", storeId.value())
			.param("source", source)
			.param("problem", text)
			.param("now", Timestamp.from(now))
			.update();
	}

	void uploaded(StoreId storeId, UUID returnId, byte[] file, String fileType, @Nullable String carrier,
			String trackingNumber, UUID shipmentId, Instant now) {
		jdbc.sql("""
				insert into returns.return_label (return_id, store_id, source, status, carrier, tracking_number, file,
				    file_type, shipment_id, attempts, created_at, updated_at)
				values (:id, :store, 'upload', 'BOUGHT', :carrier, :tracking, :file, :type, :shipment, 0, :now, :now)
				on conflict (return_id) do update set source = 'upload', status = 'BOUGHT', reference = null,
				    carrier = excluded.carrier, tracking_number = excluded.tracking_number, label_url = null,
				    qr_code_url = null, cost_minor = null, currency = null, file = excluded.file,
				    file_type = excluded.file_type, shipment_id = excluded.shipment_id, problem = null,
				    updated_at = excluded.updated_at""")
			.param("id", returnId)
			.param("store", storeId.value())
			.param("carrier", carrier)
			.param("tracking", trackingNumber)
			.param("file", file)
			.param("type", fileType)
			.param("shipment", shipmentId)
			.param("now", Timestamp.from(now))
			.update();
	}

	void voided(StoreId storeId, UUID returnId, @Nullable String problem, Instant now) {
		jdbc.sql("""
				update returns.return_label set status = 'VOIDED', problem = :problem, updated_at = :now
				where store_id = :store and return_id = :id""")
			.param("problem", problem)
			.param("now", Timestamp.from(now))
			.param("store", storeId.value())
			.param("id", returnId)
			.update();
	}

	/** An uploaded label's file and its media type. */
	Optional<LabelFile> file(StoreId storeId, UUID returnId) {
		return jdbc.sql("""
				select file, file_type from returns.return_label
				where store_id = :store and return_id = :id and file is not null and status = 'BOUGHT'""")
			.param("store", storeId.value())
			.param("id", returnId)
			.query((rs, n) -> new LabelFile(rs.getBytes("file"), rs.getString("file_type")))
			.optional();
	}

	private static ReturnLabel label(ResultSet rs) throws SQLException {
		String currency = rs.getString("currency");
		long cost = rs.getLong("cost_minor");
		boolean hasCost = !rs.wasNull() && currency != null;
		return new ReturnLabel(rs.getObject("return_id", UUID.class), rs.getString("source"),
				ReturnLabel.Status.valueOf(rs.getString("status")), rs.getString("reference"), rs.getString("carrier"),
				rs.getString("service"), rs.getString("tracking_number"), rs.getString("label_url"),
				rs.getString("qr_code_url"), hasCost ? new Money(cost, Currency.getInstance(currency)) : null,
				rs.getString("file_type"), rs.getObject("shipment_id", UUID.class), rs.getString("problem"),
				rs.getInt("attempts"), rs.getTimestamp("updated_at").toInstant());
	}

}
