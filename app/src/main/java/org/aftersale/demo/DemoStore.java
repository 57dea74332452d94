package org.aftersale.demo;

import java.time.Clock;
import java.util.List;
import java.util.SplittableRandom;

import org.aftersale.catalog.Catalog;
import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderIntake;
import org.aftersale.orders.OrderQueries;
import org.aftersale.orders.OrderSubmission;
import org.aftersale.platform.PlatformSettings;
import org.aftersale.platform.PublicUrl;
import org.aftersale.stores.Store;
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

	private static final Logger log = LoggerFactory.getLogger(DemoStore.class);

	private final PlatformSettings settings;

	private final DemoSettings demoSettings;

	private final StoreDirectory stores;

	private final StoreRegistry registry;

	private final OrderIntake intake;

	private final OrderQueries orders;

	private final PublicUrl publicUrl;

	private final Clock clock;

	private final Catalog catalog;

	DemoStore(Catalog catalog, PlatformSettings settings, DemoSettings demoSettings, StoreDirectory stores,
			StoreRegistry registry, OrderIntake intake, OrderQueries orders, PublicUrl publicUrl, Clock clock) {
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
		registry.changeSettings(store.id(), new StoreSettingsChange("Northwind Outfitters", "America/New_York", "USD",
				"en", null, "#1f4fd1", "#0f9d58"));
		String imageBase = publicUrl.resolve("/demo/images/");
		DemoProducts.submissions(imageBase, clock.instant()).forEach(product -> catalog.submit(store.id(), product));
		DemoOrders generator = new DemoOrders(new SplittableRandom(demoSettings.seed()), imageBase);
		List<DemoOrders.DemoOrder> generated = generator.generate(demoSettings.orders(), clock.instant());
		seed(store.id(), generated);
		log.info("Demo store '{}' seeded with {} orders", store.slug(), generated.size());
	}

	private void seed(StoreId storeId, List<DemoOrders.DemoOrder> generated) {
		List<OrderSubmission> submissions = generated.stream().map(DemoOrders.DemoOrder::order).toList();
		for (int from = 0; from < submissions.size(); from += 100) {
			intake.submitAll(storeId, submissions.subList(from, Math.min(from + 100, submissions.size())));
		}
		for (DemoOrders.DemoOrder order : generated) {
			String externalId = order.order().externalId();
			if (order.fulfilment() != null) {
				intake.recordFulfilment(storeId, DemoOrders.SOURCE, externalId, order.fulfilment());
			}
			if (order.refunded()) {
				intake.recordRefund(storeId, DemoOrders.SOURCE, externalId, "refund-" + externalId,
						order.order().lineItems().get(0).unitPrice(), "Returned item",
						order.order().placedAt().plus(java.time.Duration.ofDays(12)));
			}
		}
	}

}
