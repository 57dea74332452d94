package org.aftersale.locations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
class LocationApiIntegrationTests {

	static final String WAREHOUSE = """
			{"name":"Leipzig returns centre","kind":"warehouse",
			 "address":{"line1":"Am Exer 10","city":"Leipzig","postalCode":"04158","country":"de"},
			 "openingHours":[{"day":"monday","opens":"08:00","closes":"16:30"},
			                 {"day":"friday","opens":"08:00","closes":"14:00"}]}
			""";

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	LocationDirectory directory;

	ApiClient api;

	StoreId store;

	@BeforeEach
	void connect() {
		InitialCredentials credentials = InitialCredentials.of(environment);
		api = new ApiClient(port, credentials.apiKey());
		store = new StoreId(UUID.fromString(credentials.storeId()));
	}

	@Test
	void addsAWarehouseWithTheZoneOfItsCountryAndTakesReturnsThere() {
		ApiClient.Response added = api.post("/api/v1/locations", WAREHOUSE);

		assertThat(added.status()).isEqualTo(201);
		JsonNode location = added.json();
		assertThat(location.get("kind").asString()).isEqualTo("warehouse");
		assertThat(location.get("timeZone").asString()).isEqualTo("Europe/Berlin");
		assertThat(location.get("acceptsReturns").asBoolean()).isTrue();
		assertThat(location.get("pickup").asBoolean()).isFalse();
		assertThat(location.get("address").get("country").asString()).isEqualTo("DE");
		assertThat(location.get("openingHours").get(1).get("day").asString()).isEqualTo("friday");
		assertThat(location.get("openingHours").get(1).get("closes").asString()).isEqualTo("14:00");
		LocationId id = new LocationId(UUID.fromString(location.get("id").asString()));
		assertThat(directory.acceptingReturns(store)).extracting(Location::id).contains(id);
		assertThat(directory.get(store, id)
			.openingHours()
			.isOpen(java.time.DayOfWeek.FRIDAY, java.time.LocalTime.of(13, 59))).isTrue();
	}

	@Test
	void aShopTakesNoReturnsUnlessToldAndChangesAsAWhole() {
		String id = api.post("/api/v1/locations", """
				{"name":"Mitte shop","kind":"store","timeZone":"Europe/Berlin","pickup":true,
				 "address":{"line1":"Torstrasse 1","city":"Berlin","postalCode":"10119","country":"DE"}}
				""").json().get("id").asString();
		assertThat(api.get("/api/v1/locations/" + id).json().get("acceptsReturns").asBoolean()).isFalse();

		ApiClient.Response changed = api.put("/api/v1/locations/" + id, """
				{"name":"Mitte flagship","kind":"store","acceptsReturns":true,
				 "address":{"line1":"Torstrasse 2","city":"Berlin","postalCode":"10119","country":"DE"}}
				""");

		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.json().get("name").asString()).isEqualTo("Mitte flagship");
		assertThat(changed.json().get("acceptsReturns").asBoolean()).isTrue();
		assertThat(changed.json().get("pickup").asBoolean()).isFalse();
		assertThat(changed.json().get("openingHours")).isEmpty();
	}

	@Test
	void refusesWhatIsWrongAllAtOnceAndStoresNothing() {
		int before = api.get("/api/v1/locations?limit=200").json().get("items").size();

		ApiClient.Response refused = api.post("/api/v1/locations", """
				{"name":"","kind":"depot","timeZone":"Mars/Olympus",
				 "address":{"line1":"","city":"Berlin","postalCode":"10119","country":"XX"},
				 "openingHours":[{"day":"moonday","opens":"08:00","closes":"16:00"},
				                 {"day":"tuesday","opens":"18:00","closes":"09:00"}]}
				""");

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.json().get("errors").findValuesAsString("field")).contains("name", "kind", "timeZone",
				"address.line1", "address.country", "openingHours");
		assertThat(api.get("/api/v1/locations?limit=200").json().get("items")).hasSize(before);
	}

	@Test
	void listsPageByPageAndForgetsRemovedOnes() {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			ids.add(api.post("/api/v1/locations", WAREHOUSE.replace("Leipzig returns centre", "Page " + i))
				.json()
				.get("id")
				.asString());
		}
		assertThat(api.delete("/api/v1/locations/" + ids.get(1)).status()).isEqualTo(204);

		List<String> seen = new ArrayList<>();
		String cursor = null;
		do {
			JsonNode page = api.get("/api/v1/locations?limit=1" + (cursor == null ? "" : "&cursor=" + cursor)).json();
			page.get("items").forEach(l -> seen.add(l.get("id").asString()));
			cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
		}
		while (cursor != null);

		assertThat(seen).contains(ids.get(0), ids.get(2)).doesNotContain(ids.get(1)).doesNotHaveDuplicates();
		assertThat(api.get("/api/v1/locations/" + ids.get(1)).status()).isEqualTo(404);
		assertThat(api.put("/api/v1/locations/" + ids.get(1), WAREHOUSE).status()).isEqualTo(404);
		// Returns that went there still find it.
		assertThat(directory.get(store, new LocationId(UUID.fromString(ids.get(1)))).removed()).isTrue();
	}

	@Test
	void anotherStoresLocationIsNotFoundAndAReplayAddsNothing() {
		String id = api.post("/api/v1/locations", WAREHOUSE).json().get("id").asString();
		ApiClient other = SecondStore.open(api);

		assertThat(other.get("/api/v1/locations/" + id).status()).isEqualTo(404);
		assertThat(other.delete("/api/v1/locations/" + id).status()).isEqualTo(404);
		assertThat(other.get("/api/v1/locations").json().get("items")).isEmpty();
		assertThat(api.get("/api/v1/locations/" + id).status()).isEqualTo(200);

		Map<String, String> key = Map.of("Idempotency-Key", "location-" + UUID.randomUUID());
		ApiClient.Response first = api.post("/api/v1/locations", WAREHOUSE, key);
		ApiClient.Response replay = api.post("/api/v1/locations", WAREHOUSE, key);
		assertThat(first.status()).isEqualTo(201);
		assertThat(replay.status()).isEqualTo(200);
		assertThat(replay.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
	}

}
