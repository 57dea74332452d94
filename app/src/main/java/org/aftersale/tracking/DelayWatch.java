package org.aftersale.tracking;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;
import org.aftersale.stores.StoreDirectory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Looks for late parcels and publishes {@link DeliveryDelayed} for each new delay: a
 * promised date that has passed (in the store's calendar), or no carrier scan for the
 * store's number of days (the attention view's threshold) on a parcel the carrier has
 * already scanned. Parcels never scanned are left out: a store without a tracking feed
 * would otherwise call every order late. The announcement row and the event are written
 * in one transaction, so two instances sweeping at once announce a delay once.
 */
@Component
class DelayWatch {

	static final int BATCH = 500;

	private final JdbcClient jdbc;

	private final AttentionSettingsStore thresholds;

	private final StoreDirectory stores;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DelayWatch(JdbcClient jdbc, AttentionSettingsStore thresholds, StoreDirectory stores,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.thresholds = thresholds;
		this.stores = stores;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${aftersale.tracking.delay-watch-interval:PT15M}", initialDelayString = "PT1M")
	void sweep() {
		List<UUID> storesWithParcels = jdbc.sql("""
				select distinct store_id from tracking.shipment
				where status in ('PENDING', 'INFO_RECEIVED', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'FAILED_ATTEMPT')""")
			.query(UUID.class)
			.list();
		for (UUID store : storesWithParcels) {
			StoreId storeId = new StoreId(store);
			while (Boolean.TRUE.equals(transaction.execute(status -> announce(storeId) == BATCH))) {
				// a store with more late parcels than one batch gets further batches
			}
		}
	}

	/** Announces the store's new delays, up to one batch; returns how many. */
	int announce(StoreId storeId) {
		Instant now = clock.instant();
		ZoneId zone = stores.get(storeId).zone();
		AttentionPolicy.Thresholds t = AttentionPolicy.Thresholds.of(thresholds.of(storeId), now, zone);
		Duration silence = Duration.between(t.noScanSince(), now);
		List<Late> late = jdbc.sql("""
				select id, order_id, tracking_number, nullif(carrier, '') as carrier, estimated_delivery,
				  coalesce(last_event_at, shipped_at) as last_scan,
				  case when estimated_delivery < :today then 'promise:' || estimated_delivery
				       else 'scan:' || extract(epoch from last_event_at)::bigint end as marker
				from tracking.shipment s
				where s.store_id = :store and s.retired_at is null and s.direction = 'OUTBOUND'
				  and (s.estimated_delivery < :today
				       and s.status in ('PENDING', 'INFO_RECEIVED', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'FAILED_ATTEMPT')
				    or s.status in ('IN_TRANSIT', 'OUT_FOR_DELIVERY', 'FAILED_ATTEMPT')
				       and s.last_event_at <= :noScanSince)
				  and not exists (select 1 from tracking.delay_announcement a where a.shipment_id = s.id
				    and a.marker = case when s.estimated_delivery < :today then 'promise:' || s.estimated_delivery
				                   else 'scan:' || extract(epoch from s.last_event_at)::bigint end)
				limit :limit""")
			.param("store", storeId.value())
			.param("today", t.today())
			.param("noScanSince", Timestamp.from(t.noScanSince()))
			.param("limit", BATCH)
			.query((rs, n) -> new Late(rs.getObject("id", UUID.class), rs.getObject("order_id", UUID.class),
					rs.getString("tracking_number"), rs.getString("carrier"),
					rs.getObject("estimated_delivery", LocalDate.class),
					rs.getTimestamp("last_scan") == null ? null : rs.getTimestamp("last_scan").toInstant(),
					rs.getString("marker")))
			.list();
		for (Late parcel : late) {
			int inserted = jdbc.sql("""
					insert into tracking.delay_announcement (shipment_id, store_id, marker, announced_at)
					values (:shipment, :store, :marker, :now) on conflict do nothing""")
				.param("shipment", parcel.id())
				.param("store", storeId.value())
				.param("marker", parcel.marker())
				.param("now", Timestamp.from(now))
				.update();
			if (inserted == 1) {
				boolean promise = parcel.marker().startsWith("promise:");
				Instant lateSince = promise ? parcel.promised().plusDays(1).atStartOfDay(zone).toInstant()
						: parcel.lastScan().plus(silence);
				events.publishEvent(
						new DeliveryDelayed(storeId, new ShipmentId(parcel.id()), new OrderId(parcel.orderId()),
								promise ? DeliveryDelayed.Reason.PAST_PROMISED_DATE : DeliveryDelayed.Reason.NO_SCAN,
								promise ? parcel.promised() : null, promise ? null : parcel.lastScan(), lateSince, now,
								parcel.trackingNumber(), parcel.carrier()));
			}
		}
		return late.size();
	}

	private record Late(UUID id, UUID orderId, String trackingNumber, @Nullable String carrier,
			@Nullable LocalDate promised, @Nullable Instant lastScan, String marker) {
	}

}
