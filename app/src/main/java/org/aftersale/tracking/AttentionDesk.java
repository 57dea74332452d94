package org.aftersale.tracking;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.NotFoundException;
import org.aftersale.kernel.StoreId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the merchant deals with shipments that need attention: marks a problem handled
 * with a note, reads a shipment's notes, and sets the store's thresholds.
 */
@Service
@Transactional
public class AttentionDesk {

	public static final int MAX_NOTE_LENGTH = 2000;

	private final ShipmentQueries shipments;

	private final AttentionSettingsStore settings;

	private final JdbcClient jdbc;

	private final Clock clock;

	AttentionDesk(ShipmentQueries shipments, AttentionSettingsStore settings, JdbcClient jdbc, Clock clock) {
		this.shipments = shipments;
		this.settings = settings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Marks the shipment's current problem handled. The note covers its status and
	 * sub-status as they are now; a later change brings the shipment back to the list.
	 * @param staffEmail who handled it, shown with the note
	 * @throws NotFoundException when the shipment is not one of this store's
	 * @throws InvalidInputException for an empty or overlong note
	 */
	public AttentionNote handle(StoreId storeId, ShipmentId shipmentId, String note, String staffEmail) {
		String text = note == null ? "" : note.strip();
		if (text.isEmpty() || text.length() > MAX_NOTE_LENGTH) {
			throw new InvalidInputException("note", "must be 1 to " + MAX_NOTE_LENGTH + " characters");
		}
		Shipment shipment = shipments.find(storeId, shipmentId).orElseThrow(() -> new NotFoundException("shipment"));
		AttentionNote written = new AttentionNote(shipment.status(), shipment.subStatus(), text, staffEmail,
				clock.instant().truncatedTo(ChronoUnit.MICROS));
		jdbc.sql(
				"""
						insert into tracking.attention_note (store_id, shipment_id, status, sub_status, note, handled_by, handled_at)
						values (:store, :shipment, :status, :sub, :note, :by, :at)""")
			.param("store", storeId.value())
			.param("shipment", shipmentId.value())
			.param("status", written.status().name())
			.param("sub", written.subStatus() == null ? "" : written.subStatus().name())
			.param("note", text)
			.param("by", staffEmail)
			.param("at", Timestamp.from(written.handledAt()))
			.update();
		return written;
	}

	/** Every note on the shipment, newest first; empty for another store's shipment. */
	@Transactional(readOnly = true)
	public List<AttentionNote> notesOf(StoreId storeId, ShipmentId shipmentId) {
		return jdbc.sql("""
				select status, sub_status, note, handled_by, handled_at from tracking.attention_note
				where store_id = :store and shipment_id = :shipment order by handled_at desc, id desc""")
			.param("store", storeId.value())
			.param("shipment", shipmentId.value())
			.query((rs, n) -> new AttentionNote(ShipmentStatus.valueOf(rs.getString("status")),
					rs.getString("sub_status").isEmpty() ? null : ShipmentSubStatus.valueOf(rs.getString("sub_status")),
					rs.getString("note"), rs.getString("handled_by"), rs.getTimestamp("handled_at").toInstant()))
			.list();
	}

	@Transactional(readOnly = true)
	public AttentionSettings settingsOf(StoreId storeId) {
		return settings.of(storeId);
	}

	public void changeSettings(StoreId storeId, AttentionSettings changed) {
		settings.save(storeId, changed, clock.instant());
	}

}
