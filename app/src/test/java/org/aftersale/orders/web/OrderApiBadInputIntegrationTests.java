package org.aftersale.orders.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.aftersale.orders.OrderFixtures;
import org.aftersale.stores.StoreFixtures;
import org.aftersale.testing.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a client sends, it gets a clear RFC 9457 answer, and nothing is stored half
 * way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrderApiBadInputIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	JdbcClient jdbc;

	ApiClient api;

	@BeforeEach
	void openStore() {
		api = StoreFixtures.openStore(environment, port).api(port);
	}

	@Test
	void answers400ForMalformedJson() {
		ApiClient.Response response = api.post("/api/v1/orders", "{\"externalId\": \"x\", ");

		assertProblem(response, 400);
		assertThat(orderCount()).isZero();
	}

	@Test
	void answers400NamingTheFieldOfAWrongType() {
		ApiClient.Response response = api.post("/api/v1/orders",
				order(o -> lines(o).get(0).put("quantity", "abc")).toString());

		assertProblem(response, 400);
		assertThat(fields(response)).containsExactly("lineItems[0].quantity");
	}

	@Test // #16
	void answers400NamingTheFieldOfMoneySentAsAJsonNumber() {
		ApiClient.Response price = api.post("/api/v1/orders",
				order(o -> lines(o).get(0).put("unitPrice", 0.1)).toString());
		ApiClient.Response total = api.post("/api/v1/orders",
				order(o -> ((ObjectNode) o.get("totals")).put("total", 10)).toString());

		assertProblem(price, 400);
		assertThat(fields(price)).containsExactly("lineItems[0].unitPrice");
		assertProblem(total, 400);
		assertThat(fields(total)).containsExactly("totals.total");
		assertThat(orderCount()).isZero();
	}

	@Test // #16
	void answers422ForCentsInACurrencyWithout() {
		ApiClient.Response response = api.post("/api/v1/orders", order(o -> {
			o.put("currency", "JPY");
			lines(o).forEach(line -> ((ObjectNode) line).put("unitPrice", "1200.50"));
			((ObjectNode) o.get("totals")).put("subtotal", "2000")
				.put("shipping", "0")
				.put("tax", "0")
				.put("discount", "0")
				.put("total", "2000");
		}).toString());

		assertProblem(response, 422);
		assertThat(fields(response)).containsExactly("lineItems[0].unitPrice", "lineItems[1].unitPrice");
	}

	@Test
	void answers422ListingEveryMissingField() {
		ApiClient.Response response = api.post("/api/v1/orders", "{}");

		assertProblem(response, 422);
		assertThat(fields(response)).contains("externalId", "number", "placedAt", "currency", "customer", "lineItems",
				"totals");
		assertThat(response.json().get("title").asString()).isNotBlank();
		assertThat(response.json().get("detail").asString()).isNotBlank();
	}

	@Test // a missing total used to fail with 500 after validation
	void answers422ForAMissingTotal() {
		ApiClient.Response response = api.post("/api/v1/orders",
				order(o -> ((ObjectNode) o.get("totals")).remove("total")).toString());

		assertProblem(response, 422);
		assertThat(fields(response)).containsExactly("totals.total");
		assertThat(orderCount()).isZero();
	}

	static Stream<Arguments> invalidOrders() {
		return Stream.of(
				Arguments.of("negative quantity", (Consumer<ObjectNode>) o -> lines(o).get(0).put("quantity", -1),
						"lineItems[0].quantity"),
				Arguments.of("negative price", (Consumer<ObjectNode>) o -> lines(o).get(1).put("unitPrice", "-1.00"),
						"lineItems[1].unitPrice"),
				Arguments.of("three decimals in EUR",
						(Consumer<ObjectNode>) o -> lines(o).get(0).put("unitPrice", "19.999"),
						"lineItems[0].unitPrice"),
				Arguments.of("unknown currency", (Consumer<ObjectNode>) o -> o.put("currency", "XYZ"), "currency"),
				Arguments.of("no currency at all", (Consumer<ObjectNode>) o -> o.put("currency", "XXX"), "currency"),
				Arguments.of("scientific notation", (Consumer<ObjectNode>) o -> lines(o).get(0).put("unitPrice", "1e1"),
						"lineItems[0].unitPrice"),
				Arguments.of("invalid country",
						(Consumer<ObjectNode>) o -> ((ObjectNode) o.get("shippingAddress")).put("country", "XX"),
						"shippingAddress.country"),
				Arguments.of("invalid email",
						(Consumer<ObjectNode>) o -> ((ObjectNode) o.get("customer")).put("email", "not-an-email"),
						"customer.email"),
				Arguments.of("negative total",
						(Consumer<ObjectNode>) o -> ((ObjectNode) o.get("totals")).put("total", "-5.00"),
						"totals.total"),
				Arguments.of("no line items", (Consumer<ObjectNode>) o -> o.putArray("lineItems"), "lineItems"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidOrders")
	void answers422NamingTheInvalidField(String name, Consumer<ObjectNode> breakIt, String field) {
		ApiClient.Response response = api.post("/api/v1/orders", order(breakIt).toString());

		assertProblem(response, 422);
		assertThat(fields(response)).containsExactly(field);
		assertThat(orderCount()).isZero();
	}

	@Test
	void refusesTenThousandLineItemsAndStoresNothing() {
		ObjectNode order = order(o -> {
			ArrayNode lines = o.putArray("lineItems");
			for (int i = 0; i < 10_000; i++) {
				lines.addObject().put("title", "x").put("quantity", 1).put("unitPrice", "1.00");
			}
		});

		ApiClient.Response response = api.post("/api/v1/orders", order.toString());

		assertThat(response.status()).isIn(413, 422);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(orderCount()).isZero();
	}

	@Test
	void answers413ForAFiveMegabyteBody() {
		String padding = "x".repeat(5 * 1024 * 1024);
		ApiClient.Response response = api.post("/api/v1/orders",
				order(o -> ((ObjectNode) o.get("customer")).put("firstName", padding)).toString());

		assertProblem(response, 413);
		assertThat(orderCount()).isZero();
	}

	@Test
	void storesSqlAndHtmlVerbatimAndReturnsThemAsJsonStrings() {
		String sql = "'; drop table orders.shop_order; --";
		String html = "<script>alert(1)</script>";
		ApiClient.Response created = api.post("/api/v1/orders", order(o -> {
			((ObjectNode) o.get("customer")).put("firstName", sql).put("lastName", html);
			lines(o).get(0).put("title", html).put("sku", sql);
			o.put("number", html);
		}).toString());

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode read = api.get("/api/v1/orders/" + created.json().get("id").asString()).json();
		assertThat(read.get("customer").get("firstName").asString()).isEqualTo(sql);
		assertThat(read.get("customer").get("lastName").asString()).isEqualTo(html);
		assertThat(read.get("lineItems").get(0).get("title").asString()).isEqualTo(html);
		assertThat(read.get("lineItems").get(0).get("sku").asString()).isEqualTo(sql);
		assertThat(read.get("number").asString()).isEqualTo(html);
		assertThat(
				api.get("/api/v1/orders?q=" + java.net.URLEncoder.encode(sql, java.nio.charset.StandardCharsets.UTF_8))
					.status())
			.isEqualTo(200);
		assertThat(jdbc.sql("select to_regclass('orders.shop_order')::text").query(String.class).single())
			.isEqualTo("orders.shop_order");
		assertThat(orderCount()).isEqualTo(1);
	}

	@Test
	void answers404ForUnknownAndMalformedOrderIds() {
		assertProblem(api.get("/api/v1/orders/" + java.util.UUID.randomUUID()), 404);
		assertProblem(api.get("/api/v1/orders/not-a-uuid"), 404);
		assertProblem(api.get("/api/v1/orders/1%27%20or%201=1"), 404);
	}

	@Test
	void answers401WithAChallengeForMissingOrBadKeys() {
		for (String key : List.of("", "nonsense", "as_aaaaaaaaaaaa_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")) {
			ApiClient anonymous = api.withKey(key);
			for (ApiClient.Response response : List.of(anonymous.get("/api/v1/orders"),
					anonymous.post("/api/v1/orders", OrderFixtures.anyOrderJson()))) {
				assertProblem(response, 401);
				assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
			}
		}
		assertThat(orderCount()).isZero();
	}

	@Test
	void pagesThroughOrdersWithoutDuplicatesOrGaps() {
		Set<String> created = new HashSet<>();
		for (int batch = 0; batch < 3; batch++) {
			StringBuilder body = new StringBuilder("{\"orders\":[");
			for (int i = 0; i < 40; i++) {
				body.append(i == 0 ? "" : ",").append(OrderFixtures.anyOrderJson());
			}
			ApiClient.Response response = api.post("/api/v1/orders/batch", body.append("]}").toString());
			assertThat(response.json().get("created").asInt()).isEqualTo(40);
			response.json().get("results").valueStream().forEach(r -> created.add(r.get("id").asString()));
		}

		List<Integer> pageSizes = new ArrayList<>();
		List<String> seen = new ArrayList<>();
		String cursor = null;
		do {
			ApiClient.Response page = api.get("/api/v1/orders?limit=50" + (cursor == null ? "" : "&cursor=" + cursor));
			assertThat(page.status()).isEqualTo(200);
			JsonNode items = page.json().get("items");
			pageSizes.add(items.size());
			items.valueStream().forEach(item -> seen.add(item.get("id").asString()));
			cursor = page.json().get("nextCursor").isNull() ? null : page.json().get("nextCursor").asString();
		}
		while (cursor != null);

		assertThat(pageSizes).containsExactly(50, 50, 20);
		assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
	}

	@Test
	void answersAProblemForABadCursorOrLimit() {
		for (String query : List.of("cursor=garbage", "cursor=%21%21%21", "limit=0", "limit=201", "status=lost")) {
			ApiClient.Response response = api.get("/api/v1/orders?" + query);
			assertThat(response.status()).as(query).isIn(400, 422);
			assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		}
	}

	@Test
	void storesTheValidOrdersOfABatchAndReportsTheInvalidOnesByIndex() {
		String valid1 = OrderFixtures.anyOrderJson();
		String invalid = order(o -> o.put("currency", "XYZ")).toString();
		String valid2 = OrderFixtures.anyOrderJson();

		ApiClient.Response response = api.post("/api/v1/orders/batch",
				"{\"orders\":[" + valid1 + "," + invalid + "," + valid2 + ",null]}");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode results = response.json().get("results");
		assertThat(response.json().get("created").asInt()).isEqualTo(2);
		assertThat(response.json().get("invalid").asInt()).isEqualTo(2);
		assertThat(results.get(0).get("status").asString()).isEqualTo("created");
		assertThat(results.get(1).get("status").asString()).isEqualTo("invalid");
		assertThat(results.get(1).get("index").asInt()).isEqualTo(1);
		assertThat(results.get(1).get("errors").get(0).get("field").asString()).isEqualTo("currency");
		assertThat(results.get(2).get("status").asString()).isEqualTo("created");
		assertThat(results.get(3).get("status").asString()).isEqualTo("invalid");
		assertThat(orderCount()).isEqualTo(2);
	}

	private long orderCount() {
		ApiClient.Response list = api.get("/api/v1/orders?limit=200");
		assertThat(list.status()).isEqualTo(200);
		return list.json().get("items").size();
	}

	private static void assertProblem(ApiClient.Response response, int status) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		JsonNode problem = response.json();
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("detail").asString()).isNotBlank();
	}

	private static List<String> fields(ApiClient.Response response) {
		return response.json().get("errors").valueStream().map(error -> {
			assertThat(error.get("message").asString()).isNotBlank();
			return error.get("field").asString();
		}).toList();
	}

	private static ObjectNode order(Consumer<ObjectNode> change) {
		ObjectNode order = (ObjectNode) JSON.readTree(OrderFixtures.anyOrderJson());
		change.accept(order);
		return order;
	}

	private static ArrayNode linesArray(ObjectNode order) {
		return (ArrayNode) order.get("lineItems");
	}

	private static List<ObjectNode> lines(ObjectNode order) {
		return linesArray(order).valueStream().map(ObjectNode.class::cast).toList();
	}

}
