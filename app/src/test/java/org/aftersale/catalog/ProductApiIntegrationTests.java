package org.aftersale.catalog;

import java.util.List;
import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.aftersale.testing.ApiClient;
import org.aftersale.testing.InitialCredentials;
import org.aftersale.testing.SecondStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProductApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	CatalogQueries queries;

	@Autowired
	Products products;

	ApiClient api;

	InitialCredentials credentials;

	@BeforeEach
	void connect() {
		credentials = InitialCredentials.of(environment);
		api = new ApiClient(port, credentials.apiKey());
	}

	@Test
	void createsAProductOnceAndAnswersAReplayWithTheSameProduct() {
		String ext = unique();
		ApiClient.Response created = api.post("/api/v1/products",
				CatalogFixtures.productJson(ext, "SKU-" + ext, "19.90", "2026-10-01T10:00:00Z"));
		assertThat(created.status()).isEqualTo(201);
		JsonNode product = created.json();
		assertThat(product.get("source").asString()).isEqualTo("api");
		assertThat(product.get("status").asString()).isEqualTo("active");
		assertThat(product.get("handle").asString()).isEqualTo("organic-t-shirt");
		assertThat(product.get("tags")).extracting(JsonNode::asString).containsExactly("apparel", "summer");
		JsonNode variant = product.get("variants").get(0);
		assertThat(variant.get("price").asString()).isEqualTo("19.90");
		assertThat(variant.get("compareAtPrice").asString()).isEqualTo("29.90");
		assertThat(variant.get("currency").asString()).isEqualTo("USD");
		assertThat(variant.get("inventoryQuantity").asLong()).isEqualTo(7);
		assertThat(variant.get("optionValues")).extracting(JsonNode::asString).containsExactly("M", "Blue");
		assertThat(product.get("variants").get(1).get("inventoryQuantity").isNull()).isTrue();

		// The page reader and the repository read the same aggregate, in the store only.
		java.util.UUID id = java.util.UUID.fromString(product.get("id").asString());
		org.aftersale.kernel.StoreId store = new org.aftersale.kernel.StoreId(
				java.util.UUID.fromString(credentials.storeId()));
		assertThat(products.findAllInStore(store, java.util.List.of(id, java.util.UUID.randomUUID())).values())
			.singleElement()
			.usingRecursiveComparison()
			.isEqualTo(products.findById(id).orElseThrow());
		assertThat(products.findAllInStore(new org.aftersale.kernel.StoreId(java.util.UUID.randomUUID()),
				java.util.List.of(id)))
			.isEmpty();

		ApiClient.Response replay = api.post("/api/v1/products",
				CatalogFixtures.productJson(ext, "SKU-" + ext, "19.90", "2026-10-01T10:00:00Z"));
		assertThat(replay.status()).isEqualTo(200);
		assertThat(replay.json().get("id").asString()).isEqualTo(product.get("id").asString());
		assertThat(replay.json().get("updatedAt").asString()).isEqualTo(product.get("updatedAt").asString());
	}

	@Test
	void updatesWithANewerVersionAndKeepsVariantIds() {
		String ext = unique();
		JsonNode first = api
			.post("/api/v1/products", CatalogFixtures.productJson(ext, "SKU-" + ext, "19.90", "2026-10-01T10:00:00Z"))
			.json();

		ApiClient.Response newer = api.post("/api/v1/products",
				CatalogFixtures.productJson(ext, "SKU-" + ext, "17.50", "2026-10-02T10:00:00Z"));

		assertThat(newer.status()).isEqualTo(200);
		assertThat(newer.json().get("variants").get(0).get("price").asString()).isEqualTo("17.50");
		assertThat(newer.json().get("variants").get(0).get("id").asString())
			.isEqualTo(first.get("variants").get(0).get("id").asString());
	}

	@Test
	void neverLetsAnOlderVersionOverwriteANewerOne() {
		String ext = unique();
		api.post("/api/v1/products", CatalogFixtures.productJson(ext, "SKU-" + ext, "19.90", "2026-10-02T10:00:00Z"));

		ApiClient.Response stale = api.post("/api/v1/products",
				CatalogFixtures.productJson(ext, "SKU-" + ext, "5.00", "2026-10-01T10:00:00Z"));

		assertThat(stale.status()).isEqualTo(200);
		assertThat(stale.json().get("variants").get(0).get("price").asString()).isEqualTo("19.90");
	}

	@Test
	void answersInvalidProductsWithEveryFieldProblem() {
		ApiClient.Response invalid = api.post("/api/v1/products", """
				{"externalId":"bad-1","title":"","status":"gone",
				 "variants":[{"title":"A","price":"1.00"},{"title":"B","price":"1.00"},{"title":"C","price":"1.234"}]}
				""");

		assertThat(invalid.status()).isEqualTo(422);
		assertThat(invalid.header("Content-Type")).startsWith("application/problem+json");
		assertThat(invalid.json().get("errors")).extracting(e -> e.get("field").asString())
			.containsExactlyInAnyOrder("title", "status", "variants[2].price");
		assertThat(api.get("/api/v1/products?q=bad-1").json().get("items")).isEmpty();
	}

	@Test
	void hidesProductsFromOtherStores() {
		String ext = unique();
		String id = api
			.post("/api/v1/products", CatalogFixtures.productJson(ext, "SKU-" + ext, "19.90", "2026-10-01T10:00:00Z"))
			.json()
			.get("id")
			.asString();
		ApiClient other = SecondStore.open(api);

		assertThat(other.get("/api/v1/products/" + id).status()).isEqualTo(404);
		assertThat(other.get("/api/v1/products?q=SKU-" + ext).json().get("items")).isEmpty();
		assertThat(api.get("/api/v1/products/" + id).status()).isEqualTo(200);
		assertThat(api.get("/api/v1/products/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void pagesThroughProductsAndFindsThemByTitleOrSku() {
		String tag = unique();
		for (int i = 0; i < 5; i++) {
			api.post("/api/v1/products",
					"""
							{"externalId":"%s-%d","title":"Lamp %s %d","variants":[{"sku":"LAMP-%s-%d","title":"Default","price":"9.99"}]}
							"""
						.formatted(tag, i, tag, i, tag, i));
		}
		ApiClient.Response page1 = api.get("/api/v1/products?q=lamp%20" + tag + "&limit=2");
		assertThat(page1.json().get("items")).extracting(p -> p.get("title").asString())
			.containsExactly("Lamp " + tag + " 4", "Lamp " + tag + " 3");
		String cursor = page1.json().get("nextCursor").asString();
		JsonNode page2 = api.get("/api/v1/products?q=lamp%20" + tag + "&limit=2&cursor=" + cursor).json();
		JsonNode page3 = api
			.get("/api/v1/products?q=lamp%20" + tag + "&limit=2&cursor=" + page2.get("nextCursor").asString())
			.json();
		assertThat(page3.get("items")).hasSize(1);
		assertThat(page3.get("nextCursor").isNull()).isTrue();

		assertThat(api.get("/api/v1/products?q=lamp-" + tag + "-2").json().get("items"))
			.extracting(p -> p.get("title").asString())
			.containsExactly("Lamp " + tag + " 2");
		assertThat(api.get("/api/v1/products?limit=201").status()).isEqualTo(422);
		assertThat(api.get("/api/v1/products?cursor=garbage").status()).isEqualTo(422);
	}

	@Test
	void findsVariantsBySkuWithinTheStore() {
		String ext = unique();
		api.post("/api/v1/products", CatalogFixtures.productJson(ext, "SKU-" + ext, "19.90", "2026-10-01T10:00:00Z"));

		List<CatalogVariant> found = queries.findVariantsBySkus(StoreId.of(credentials.storeId()),
				List.of("SKU-" + ext, "SKU-" + ext + "-L", "NOPE"));

		assertThat(found).extracting(CatalogVariant::sku).containsExactly("SKU-" + ext, "SKU-" + ext + "-L");
		assertThat(found.get(0).price().toString()).isEqualTo("19.90");
		assertThat(found.get(0).productTags()).containsExactly("apparel", "summer");
		assertThat(queries.findVariantsBySkus(new StoreId(UUID.randomUUID()), List.of("SKU-" + ext))).isEmpty();
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
