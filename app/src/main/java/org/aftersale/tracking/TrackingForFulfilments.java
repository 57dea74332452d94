package org.aftersale.tracking;

import java.util.List;
import java.util.Locale;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.Fulfilment;
import org.aftersale.orders.FulfilmentCreated;
import org.aftersale.orders.FulfilmentUpdated;
import org.aftersale.orders.OrderId;
import org.aftersale.orders.OrderQueries;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts following every tracking number a shop reports for an order, and records the
 * shop's own delivery status as a carrier event from source {@code shopify}. Idempotent:
 * a shipment is unique per (store, order, number, carrier) and an event per (shipment,
 * time, code, place), so a redelivered event changes nothing.
 */
@Component
class TrackingForFulfilments {

	private final ShipmentTracker tracker;

	private final EventIngestion ingestion;

	private final OrderQueries orders;

	private final TransactionTemplate freshTransaction;

	private final CarrierResolution carriers;

	TrackingForFulfilments(ShipmentTracker tracker, EventIngestion ingestion, OrderQueries orders,
			PlatformTransactionManager transactions, CarrierResolution carriers) {
		this.tracker = tracker;
		this.ingestion = ingestion;
		this.orders = orders;
		this.carriers = carriers;
		this.freshTransaction = new TransactionTemplate(transactions);
		// A savepoint inside the listener's transaction, not a second connection: a burst
		// of deliveries must not
		// leave every listener waiting for a connection the pool no longer has.
		this.freshTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	// The shop did not say which items went into which box of a fulfilment with several
	// numbers: the lines go with the first one only, so that returns never count a unit
	// twice.
	@ApplicationModuleListener
	void on(FulfilmentCreated event) {
		List<String> numbers = event.trackingNumbers();
		for (int i = 0; i < numbers.size(); i++) {
			List<ShipmentSubmission.Item> items = i > 0 ? List.of()
					: event.lines()
						.stream()
						.map(l -> new ShipmentSubmission.Item(l.lineId(), l.sku(), l.quantity()))
						.toList();
			String url = i < event.trackingUrls().size() ? event.trackingUrls().get(i) : null;
			follow(event.storeId(), event.orderId(),
					new ShipmentSubmission(numbers.get(i), carrier(event.carrierHint(), numbers.get(i)), null, url,
							event.occurredAt(), null, event.fulfilmentId(), items));
		}
	}

	@ApplicationModuleListener
	void on(FulfilmentUpdated event) {
		Fulfilment fulfilment = orders.find(event.storeId(), event.orderId())
			.flatMap(o -> o.fulfilments()
				.stream()
				.filter(f -> f.fulfilmentId().equals(event.fulfilmentId()))
				.findFirst())
			.orElse(null);
		// The fulfilment of a parcel added here only mirrors that parcel: its news (a
		// correction, a removal) comes from the parcel, never back to it.
		if (fulfilment == null || (fulfilment.externalId() != null
				&& fulfilment.externalId().startsWith(ShipmentTracker.OWN_FULFILMENT))) {
			return;
		}
		List<String> urls = fulfilment.trackingUrlList();
		for (int i = 0; i < event.trackingNumbers().size(); i++) {
			follow(event.storeId(), event.orderId(),
					new ShipmentSubmission(event.trackingNumbers().get(i),
							carrier(fulfilment.trackingCompany(), event.trackingNumbers().get(i)), null,
							i < urls.size() ? urls.get(i) : null, null, null, event.fulfilmentId(), List.of()));
		}
		List<CarrierEvent> reported = ShopifyShipmentStatus.events(event, carrier(fulfilment.trackingCompany(),
				event.trackingNumbers().isEmpty() ? "" : event.trackingNumbers().get(0)));
		if (!reported.isEmpty()) {
			freshTransaction.executeWithoutResult(status -> ingestion.record(event.storeId(), reported));
		}
	}

	// A concurrent delivery of the same event may create the shipment first; the unique
	// key aborts this transaction and the retry, in a fresh one, finds that shipment.
	private void follow(StoreId storeId, OrderId orderId, ShipmentSubmission submission) {
		if (TrackingNumber.parse(submission.trackingNumber()).isEmpty()) {
			return;
		}
		Runnable attempt = () -> freshTransaction
			.executeWithoutResult(status -> tracker.track(storeId, orderId, submission));
		try {
			attempt.run();
		}
		catch (DuplicateKeyException ex) {
			attempt.run();
		}
	}

	private @Nullable String carrier(@Nullable String hint, String trackingNumber) {
		return carriers.codeFor(hint, trackingNumber);
	}

}
