package org.aftersale.demo;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.aftersale.catalog.Catalog;
import org.aftersale.kernel.StoreId;
import org.aftersale.notifications.Channel;
import org.aftersale.notifications.Suppressions;
import org.aftersale.orders.OrderId;
import org.aftersale.orders.OrderIntake;
import org.aftersale.orders.OrderQueries;
import org.aftersale.orders.OrderSubmission;
import org.aftersale.orders.RefundSubmission;
import org.aftersale.platform.PlatformSettings;
import org.aftersale.platform.PublicUrl;
import org.aftersale.stores.BrandFont;
import org.aftersale.stores.Store;
import org.aftersale.tracking.CarrierEvent;
import org.aftersale.tracking.EventIngestion;
import org.aftersale.tracking.ShipmentSubmission;
import org.aftersale.tracking.ShipmentTracker;
import org.aftersale.stores.StoreDirectory;
import org.aftersale.stores.StoreRegistry;
import org.aftersale.stores.StoreSettingsChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the first store with demo data when {@code AFTERSALE_DEMO=true} and the store has
 * no orders yet, through the same intake as real orders (so every event and timeline
 * entry exists as it would in production).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoStore implements ApplicationRunner {

	static final String NAME = "Northwind Outfitters";

	private static final Logger log = LoggerFactory.getLogger(DemoStore.class);

	private static final String DEMO_SHOPPER = "a demo store's made-up shopper: never written to";

	private final PlatformSettings settings;

	private final DemoSettings demoSettings;

	private final StoreDirectory stores;

	private final StoreRegistry registry;

	private final OrderIntake intake;

	private final OrderQueries orders;

	private final PublicUrl publicUrl;

	private final Clock clock;

	private final Catalog catalog;

	private final Suppressions suppressions;

	private final ShipmentTracker tracker;

	private final EventIngestion ingestion;

	private final DemoReturns returns;

	DemoStore(Catalog catalog, PlatformSettings settings, DemoSettings demoSettings, StoreDirectory stores,
			StoreRegistry registry, OrderIntake intake, OrderQueries orders, PublicUrl publicUrl, Clock clock,
			Suppressions suppressions, ShipmentTracker tracker, EventIngestion ingestion, DemoReturns returns) {
		this.returns = returns;
		this.suppressions = suppressions;
		this.tracker = tracker;
		this.ingestion = ingestion;
		this.settings = settings;
		this.demoSettings = demoSettings;
		this.stores = stores;
		this.registry = registry;
		this.intake = intake;
		this.orders = orders;
		this.publicUrl = publicUrl;
		this.clock = clock;
		this.catalog = catalog;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!settings.demo()) {
			return;
		}
		Store store = stores.firstStore().orElse(null);
		if (store == null || orders.count(store.id()) > 0) {
			return;
		}
		registry.changeSettings(store.id(), new StoreSettingsChange(NAME, "America/New_York", "USD", "en", null,
				"#1f4fd1", "#0b8043", BrandFont.SYSTEM, "https://shop.northwind.example"));
		String imageBase = publicUrl.resolve("/demo/images/");
		DemoProducts.submissions(imageBase, clock.instant()).forEach(product -> catalog.submit(store.id(), product));
		DemoOrders generator = new DemoOrders(new SplittableRandom(demoSettings.seed()), imageBase);
		List<DemoOrders.DemoOrder> generated = generator.generate(demoSettings.orders(), clock.instant());
		seed(store.id(), generated);
		log.info("Demo store '{}' seeded with {} orders", store.slug(), generated.size());
	}

	private void seed(StoreId storeId, List<DemoOrders.DemoOrder> generated) {
		// The demo's shoppers are made up (example.com, 555 numbers): they are on the
		// store's suppression list before their first order, so every message planned for
		// them is in the log, marked suppressed, and none goes out even with SMTP and SMS
		// configured. A real address the merchant uses (a test order) is written to.
		for (DemoOrders.DemoOrder order : generated) {
			OrderSubmission.Customer shopper = order.order().customer();
			suppressions.add(storeId, Channel.EMAIL, shopper.email(), Suppressions.Scope.ALL,
					Suppressions.Reason.MANUAL, DEMO_SHOPPER);
			if (shopper.phone() != null) {
				suppressions.add(storeId, Channel.SMS, shopper.phone(), Suppressions.Scope.ALL,
						Suppressions.Reason.MANUAL, DEMO_SHOPPER);
			}
		}
		List<OrderSubmission> submissions = generated.stream().map(DemoOrders.DemoOrder::order).toList();
		List<OrderId> ids = new ArrayList<>();
		for (int from = 0; from < submissions.size(); from += 100) {
			intake.submitAll(storeId, submissions.subList(from, Math.min(from + 100, submissions.size())))
				.forEach(result -> ids.add(result.order().id()));
		}
		DemoJourneys journeys = new DemoJourneys(new SplittableRandom(demoSettings.seed() + 1));
		List<CarrierEvent> scans = new ArrayList<>();
		for (int i = 0; i < generated.size(); i++) {
			DemoOrders.DemoOrder order = generated.get(i);
			String externalId = order.order().externalId();
			for (DemoParcel parcel : order.parcels()) {
				List<ShipmentSubmission.Item> items = parcel.skus()
					.stream()
					.map(sku -> new ShipmentSubmission.Item(null, sku, quantityOf(order.order(), sku)))
					.toList();
				tracker.track(storeId, ids.get(i), new ShipmentSubmission(parcel.trackingNumber(), parcel.carrier(),
						null, null, parcel.shippedAt(), null, null, items));
				var address = order.order().shippingAddress();
				scans.addAll(journeys.scans(parcel, address == null ? "Springfield" : address.city(),
						address == null ? "IL" : address.region(), clock.instant()));
			}
			if (order.refunded()) {
				// One unit of the first line came back; its share of what the line cost
				// is
				// refunded.
				intake.recordRefund(storeId, DemoOrders.SOURCE, externalId,
						new RefundSubmission("refund-" + externalId, null, "Returned item",
								order.order().placedAt().plus(Duration.ofDays(12)),
								List.of(new RefundSubmission.Line(order.order().lineItems().get(0).externalId(), null,
										1, null, null, true)),
								RefundSubmission.Origin.SHOP));
			}
		}
		for (int from = 0; from < scans.size(); from += 1000) {
			ingestion.record(storeId, scans.subList(from, Math.min(from + 1000, scans.size())));
		}
		returns.seed(storeId, ids);
	}

	private static long quantityOf(OrderSubmission order, String sku) {
		return order.lineItems()
			.stream()
			.filter(l -> sku.equals(l.sku()))
			.mapToLong(OrderSubmission.Line::quantity)
			.sum();
	}

}
