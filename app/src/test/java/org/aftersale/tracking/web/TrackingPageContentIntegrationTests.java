package org.aftersale.tracking.web;

import java.time.Duration;
import java.util.UUID;

import java.util.List;

import org.aftersale.stores.Store;
import org.aftersale.stores.StoreDirectory;
import org.aftersale.stores.StoreFixtures;
import org.aftersale.stores.StoreRegistry;
import org.aftersale.stores.StoreSettingsChange;
import org.aftersale.tracking.page.PageBranding;
import org.aftersale.tracking.page.PageBrandings;
import org.aftersale.tracking.page.SuggestionChoice;
import org.aftersale.tracking.page.TrackingPages;
import org.aftersale.stores.StoreFixtures.OpenedStore;
import org.aftersale.testing.ApiClient;
import org.aftersale.tracking.web.TrackingPageFixtures.ShopperOrder;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the order page shows beyond shipments: the store's real best sellers, and fresh
 * content after carrier events and order updates despite the page cache.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrackingPageContentIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	StoreDirectory stores;

	@Autowired
	StoreRegistry registry;

	@Autowired
	PageBrandings brandings;

	@Autowired
	TrackingPages pages;

	@Test
	void suggestsTheStoresBestSellersByUnitsLeavingOutWhatWasBought() {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		ApiClient api = store.api(port);
		ApiClient anonymous = new ApiClient(port, "");
		ShopperOrder order = TrackingPageFixtures.order(api);
		String first = page(anonymous, TrackingPageFixtures.link(api, order.id()));
		assertThat(first).doesNotContain("You may also like");

		sell(api, "LAMP-1", "Desk lamp", 2);
		sell(api, "VASE-9", "Stone vase", 5);
		sell(api, "VASE-9", "Stone vase", 1);
		sell(api, "CARD-3", "Gift card", 9);
		sell(api, "CANDLE-2", "Beeswax candle", 1);
		ShopperOrder later = TrackingPageFixtures.order(api);

		String page = page(anonymous, TrackingPageFixtures.link(api, later.id()));
		String suggestions = page.substring(page.indexOf("You may also like"));
		// The best seller is a gift card: never suggested as a product.
		assertThat(suggestions).contains("Stone vase", "Desk lamp", "Beeswax candle")
			.doesNotContain("Enamel mug", "Gift card");
		assertThat(suggestions.indexOf("Stone vase")).isLessThan(suggestions.indexOf("Desk lamp"));
		assertThat(suggestions.indexOf("Desk lamp")).isLessThan(suggestions.indexOf("Beeswax candle"));
		// Not in a catalog: the price it last sold for, and no link to guess at.
		assertThat(suggestions).contains("€10.00").doesNotContain("/products/");
	}

	@Test // #17
	void linksSuggestionsToTheShopWithTheirPricePinnedFirstOrHidesThem() {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		ApiClient api = store.api(port);
		ApiClient anonymous = new ApiClient(port, "");
		Store settings = stores.get(store.id());
		registry.changeSettings(store.id(), new StoreSettingsChange(settings.name(), settings.timezone(), "EUR", "en",
				null, settings.brandColor(), settings.accentColor(), settings.font(), "https://Shop.Example.com/"));
		product(api, "vase", "Stone vase", "VASE-9", "24.50", "active", "Home");
		product(api, "lamp", "Desk lamp", "LAMP-1", "89.00", "active", "Lighting");
		product(api, "card", "Store credit voucher", "CARD-3", "50.00", "active", "Gift Card");
		product(api, "retired", "Old poster", "POSTER-1", "15.00", "archived", "Art");
		product(api, "pinned", "Linen apron", "APRON-1", "32.00", "active", "Kitchen");
		sell(api, "VASE-9", "Stone vase", 5);
		sell(api, "CARD-3", "Store credit voucher", 9);
		sell(api, "POSTER-1", "Old poster", 7);
		sell(api, "LAMP-1", "Desk lamp", 2);
		ShopperOrder order = TrackingPageFixtures.order(api);
		String link = TrackingPageFixtures.link(api, order.id());

		String suggestions = suggestions(page(anonymous, link));
		assertThat(suggestions)
			.contains("href=\"https://shop.example.com/products/stone-vase\"", "€24.50",
					"href=\"https://shop.example.com/products/desk-lamp\"", "€89.00")
			.doesNotContain("Store credit voucher", "Old poster");

		brandings.change(store.id(), withSuggestions(new SuggestionChoice(true, List.of("APRON-1"))));
		pages.forgetStore(store.id());
		String pinned = suggestions(page(anonymous, link));
		assertThat(pinned.indexOf("Linen apron")).isGreaterThan(-1).isLessThan(pinned.indexOf("Stone vase"));
		assertThat(pinned).contains("/products/linen-apron", "€32.00");

		brandings.change(store.id(), withSuggestions(new SuggestionChoice(false, List.of("APRON-1"))));
		pages.forgetStore(store.id());
		assertThat(page(anonymous, link)).doesNotContain("You may also like");
	}

	private PageBranding withSuggestions(SuggestionChoice choice) {
		PageBranding b = PageBranding.defaults();
		return new PageBranding(b.headerLinks(), b.bannerImageUrl(), b.bannerLinkUrl(), b.socialLinks(), b.customCss(),
				b.customHtml(), choice);
	}

	private static String suggestions(String page) {
		return page.substring(page.indexOf("You may also like"));
	}

	private static void product(ApiClient api, String id, String title, String sku, String price, String status,
			String type) {
		ApiClient.Response created = api.post("/api/v1/products", """
				{"externalId":"%s","title":"%s","productType":"%s","status":"%s","tags":[],
				 "imageUrl":"https://example.com/%s.jpg","updatedAt":"2026-10-01T10:00:00Z",
				 "variants":[{"externalId":"%s-1","sku":"%s","title":"Default","price":"%s"}]}
				""".formatted(id, title, type, status, id, id, sku, price));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
	}

	@Test
	void suggestsNoOtherVariantOfAProductTheShopperBought() {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		ApiClient api = store.api(port);
		sell(api, "BEANIE-RUST", "Cable knit beanie", 6, "prod-beanie");
		sell(api, "BEANIE-FOREST", "Cable knit beanie", 3, "prod-beanie");
		sell(api, "SCARF-1", "Wool scarf", 2, "prod-scarf");
		ApiClient.Response bought = api.post("/api/v1/orders", """
				{"externalId":"%s","source":"api","number":"B-%s","placedAt":"%s","currency":"EUR",
				 "customer":{"email":"beanie@example.com"},
				 "lineItems":[{"sku":"BEANIE-OAT","title":"Cable knit beanie","variantTitle":"Oat","quantity":1,
				               "unitPrice":"34.00","productId":"prod-beanie"}],
				 "totals":{"subtotal":"34.00","shipping":"0.00","tax":"0.00","discount":"0.00","total":"34.00"}}
				""".formatted(UUID.randomUUID(), UUID.randomUUID().toString().substring(0, 8),
				java.time.OffsetDateTime.now().minusDays(1)));
		assertThat(bought.status()).as(bought.body()).isEqualTo(201);

		String page = page(new ApiClient(port, ""), TrackingPageFixtures.link(api, bought.json().get("id").asString()));

		String suggestions = page.substring(page.indexOf("You may also like"));
		assertThat(suggestions).contains("Wool scarf").doesNotContain("Cable knit beanie");
	}

	@Test
	void showsNewCarrierEventsAndOrderChangesOnTheNextView() {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		ApiClient api = store.api(port);
		ApiClient anonymous = new ApiClient(port, "");
		ShopperOrder order = TrackingPageFixtures.order(api);
		TrackingPageFixtures.ship(api, order.id(), "1Z999AA10123456784", "ups", "TSHIRT-M", 2);
		TrackingPageFixtures.event(api, "1Z999AA10123456784", "in_transit", "", "Departed facility",
				"2026-10-02T08:00:00Z");
		String link = TrackingPageFixtures.link(api, order.id());
		assertThat(page(anonymous, link)).contains("Departed facility").doesNotContain("Arrived at sort centre");

		TrackingPageFixtures.event(api, "1Z999AA10123456784", "in_transit", "", "Arrived at sort centre",
				"2026-10-02T20:00:00Z");
		assertThat(page(anonymous, link)).contains("Arrived at sort centre");

		ApiClient.Response updated = api.post("/api/v1/orders",
				api.get("/api/v1/orders/" + order.id()).body().replace("Organic T-shirt", "Recycled T-shirt"));
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(page(anonymous, link)).contains("Recycled T-shirt"));
	}

	@Test // #17
	void listsTheItemsOnceWhenOneParcelCarriesThemAllWithTimesOnTheShoppersClock() {
		OpenedStore store = StoreFixtures.openStore(environment, port);
		ApiClient api = store.api(port);
		ApiClient anonymous = new ApiClient(port, "");
		ShopperOrder order = TrackingPageFixtures.order(api);
		ApiClient.Response shipped = api.post("/api/v1/orders/" + order.id() + "/shipments", """
				{"trackingNumber":"1Z999AA10123456784","carrier":"ups",
				 "lineItems":[{"sku":"TSHIRT-M","quantity":2},{"sku":"MUG-1","quantity":1}]}""");
		assertThat(shipped.status()).as(shipped.body()).isEqualTo(201);
		TrackingPageFixtures.event(api, "1Z999AA10123456784", "in_transit", "", "Departed facility",
				"2026-10-02T08:00:00Z");

		String page = page(anonymous, TrackingPageFixtures.link(api, order.id()));

		assertThat(page).doesNotContain("Your items");
		assertThat(page.split("Organic T-shirt", -1)).as("the T-shirt listed once").hasSize(2);
		// The store keeps UTC; the shopper lives in London.
		assertThat(page).contains("Times are shown in the Europe/London time zone.");

		ShopperOrder split = TrackingPageFixtures.order(api);
		TrackingPageFixtures.ship(api, split.id(), "1Z999AA10123456785", "ups", "TSHIRT-M", 2);
		assertThat(page(anonymous, TrackingPageFixtures.link(api, split.id()))).contains("Your items",
				"Not shipped yet");
	}

	private static String page(ApiClient anonymous, String url) {
		ApiClient.Response response = anonymous.get(url.substring(url.indexOf("/t/")));
		assertThat(response.status()).isEqualTo(200);
		return response.body();
	}

	private static void sell(ApiClient api, String sku, String title, int quantity) {
		sell(api, sku, title, quantity, null);
	}

	private static void sell(ApiClient api, String sku, String title, int quantity, String productId) {
		String product = productId == null ? "" : ",\"productId\":\"" + productId + "\"";
		ApiClient.Response created = api.post("/api/v1/orders", """
				{"externalId":"%s","source":"api","number":"S-%s","placedAt":"%s","currency":"EUR",
				 "customer":{"email":"buyer@example.com"},
				 "lineItems":[{"sku":"%s","title":"%s","quantity":%d,"unitPrice":"10.00"%s}],
				 "totals":{"subtotal":"10.00","shipping":"0.00","tax":"0.00","discount":"0.00","total":"10.00"}}
				""".formatted(UUID.randomUUID(), UUID.randomUUID().toString().substring(0, 8),
				java.time.OffsetDateTime.now().minusDays(3), sku, title, quantity, product));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
	}

}
