package org.aftersale.returns;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderFixtures;
import org.aftersale.orders.OrderId;
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
class ReturnApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	ReturnDesk desk;

	@Autowired
	Returns returns;

	ApiClient api;

	@BeforeEach
	void connect() {
		api = new ApiClient(port, InitialCredentials.of(environment).apiKey());
	}

	@Test
	void aDeliveredOrderIsReturnedRefundedToTheCentAndTheOrderKnowsIt() {
		JsonNode order = ReturnFixtures.deliveredOrder(api);
		String orderId = order.get("id").asString();
		String shirt = ReturnFixtures.lineId(order, "TSHIRT-M");

		JsonNode returnable = api.get("/api/v1/orders/" + orderId + "/returnable").json().get("items");
		JsonNode shirtLine = find(returnable, shirt);
		assertThat(shirtLine.get("quantityReturnable").asLong()).isEqualTo(2);
		// 19.90 plus half of the T-shirts' 7.56 of the order's tax (spread by subtotal).
		assertThat(shirtLine.get("unitPaid").asString()).isEqualTo("23.68");
		assertThat(shirtLine.get("resolutions").findValuesAsString("")).isEmpty();
		assertThat(shirtLine.get("resolutions").toString()).isEqualTo("[\"refund\",\"store_credit\"]");
		assertThat(shirtLine.get("methods").toString()).isEqualTo("[\"mail\"]");

		ApiClient.Response tooMany = api.post("/api/v1/returns",
				ReturnFixtures.returnJson(orderId, shirt, 3, "too_small", "refund"));
		assertThat(tooMany.status()).isEqualTo(422);
		assertThat(tooMany.json().get("errors").get(0).get("field").asString()).isEqualTo("items[0].quantity");

		Map<String, String> key = Map.of("Idempotency-Key", "return-" + UUID.randomUUID());
		ApiClient.Response created = api.post("/api/v1/returns",
				ReturnFixtures.returnJson(orderId, shirt, 1, "too_small", "refund"), key);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode ret = created.json();
		assertThat(ret.get("status").asString()).isEqualTo("approved");
		assertThat(ret.get("number").asString()).isEqualTo(order.get("number").asString() + "-R1");
		assertThat(ret.get("decision").get("outcome").asString()).isEqualTo("approved");
		assertThat(ret.get("decision").get("policyVersion").asInt())
			.isEqualTo(api.get("/api/v1/returns/policy").json().get("published").get("version").asInt());
		assertThat(ret.get("decision").get("explanation").findValuesAsString("rule")).contains("Return window",
				"Gift cards", "Final sale");
		JsonNode amounts = ret.get("amounts");
		assertThat(amounts.get("items").asString()).isEqualTo("19.90");
		assertThat(amounts.get("tax").asString()).isEqualTo("3.78");
		assertThat(amounts.get("fees").asString()).isEqualTo("0.00");
		assertThat(amounts.get("refund").asString()).isEqualTo("23.68");
		ApiClient.Response replay = api.post("/api/v1/returns",
				ReturnFixtures.returnJson(orderId, shirt, 1, "too_small", "refund"), key);
		assertThat(replay.status()).isEqualTo(200);
		assertThat(replay.json().get("id").asString()).isEqualTo(ret.get("id").asString());
		assertThat(find(api.get("/api/v1/orders/" + orderId + "/returnable").json().get("items"), shirt)
			.get("quantityReturnable")
			.asLong()).isEqualTo(1);

		String id = ret.get("id").asString();
		ApiClient.Response approveAgain = api.post("/api/v1/returns/" + id + "/approve", "{}");
		assertThat(approveAgain.status()).isEqualTo(409);
		assertThat(approveAgain.json().get("detail").asString()).contains("is approved; it cannot become approved");
		assertThat(api.post("/api/v1/returns/" + id + "/receive", """
				{"items":[{"lineItemId":"%s","quantity":1,"condition":"new"}]}""".formatted(shirt))
			.json()
			.get("status")
			.asString()).isEqualTo("received");
		JsonNode resolved = api.post("/api/v1/returns/" + id + "/resolve", "{}").json();
		assertThat(resolved.get("status").asString()).isEqualTo("resolved");
		assertThat(api.post("/api/v1/returns/" + id + "/cancel", "{}").status()).isEqualTo(409);

		JsonNode refunded = api.get("/api/v1/orders/" + orderId).json();
		JsonNode refund = refunded.get("refunds").get(0);
		assertThat(refund.get("origin").asString()).isEqualTo("aftersale");
		assertThat(refund.get("amount").asString()).isEqualTo("23.68");
		assertThat(refund.get("lines").get(0).get("restock").asBoolean()).isTrue();
		assertThat(refunded.get("payments").get("refunded").asString()).isEqualTo("23.68");
		JsonNode timeline = api.get("/api/v1/returns/" + id).json().get("timeline");
		// Without a label provider, the label's failure joins the timeline whenever its
		// listener runs.
		assertThat(timeline.findValuesAsString("kind")).filteredOn(kind -> !kind.startsWith("label"))
			.containsExactly("requested", "approved", "received", "resolved");
	}

	@Test
	void anItemNotDeliveredYetIsDeniedWithTheReasonAndNothingIsCreated() {
		JsonNode order = api.post("/api/v1/orders", OrderFixtures.recentOrderJson()).json();
		String orderId = order.get("id").asString();
		String mug = ReturnFixtures.lineId(order, "MUG-1");

		JsonNode line = find(api.get("/api/v1/orders/" + orderId + "/returnable").json().get("items"), mug);
		ApiClient.Response denied = api.post("/api/v1/returns",
				ReturnFixtures.returnJson(orderId, mug, 1, "damaged", "refund"));

		assertThat(line.get("quantityReturnable").asLong()).isZero();
		assertThat(line.get("reason").asString()).isEqualTo("This item can be returned once it has been delivered.");
		assertThat(denied.status()).isEqualTo(422);
		assertThat(denied.json().get("errors").get(0).get("field").asString()).isEqualTo("items[0]");
		assertThat(denied.json().get("errors").get(0).get("message").asString())
			.isEqualTo("This item can be returned once it has been delivered.");
		assertThat(api.get("/api/v1/returns?orderId=" + orderId).json().get("items")).isEmpty();
	}

	@Test
	void aPublishedDraftSendsExpensiveReturnsToReviewAndAnotherStoreSeesNothing() {
		ApiClient.Response wrong = api.put("/api/v1/returns/policy/draft", """
				{"window":{"days":30,"from":"delivery"},"reasons":[{"code":"too_small","label":"Too small"}],
				 "resolutions":["refund"],"methods":["mail"],
				 "rules":[{"name":"Typo","when":{"all":[{"fact":"item.colour","op":"eq","values":["red"]}]},"then":{}}]}
				""");
		assertThat(wrong.status()).isEqualTo(422);
		assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("rules[0].when.all[0].fact");

		ApiClient.Response draft = api.put("/api/v1/returns/policy/draft",
				"""
						{"window":{"days":30,"from":"delivery"},
						 "reasons":[{"code":"too_small","label":"Too small"},{"code":"damaged","label":"Arrived damaged"}],
						 "resolutions":["refund","store_credit"],"methods":["mail"],
						 "rules":[{"name":"Check shirts","when":{"all":[{"fact":"item.sku","op":"eq","values":["TSHIRT-M"]}]},
						           "then":{"outcome":"review","message":"We look at shirts first."}},
						          {"name":"Restocking","then":{"fees":[{"kind":"restocking_percent","amount":10,"waivedForReasons":["damaged"]}]}}]}
						""");
		assertThat(draft.status()).as(draft.body()).isEqualTo(200);
		JsonNode published = api.post("/api/v1/returns/policy/publish", "{}").json();
		int version = published.get("version").asInt();
		assertThat(version).isPositive();
		assertThat(api.post("/api/v1/returns/policy/publish", "{}").status()).isEqualTo(409);
		assertThat(api.get("/api/v1/returns/policy").json().get("published").get("version").asInt()).isEqualTo(version);

		try {
			JsonNode order = ReturnFixtures.deliveredOrder(api);
			String orderId = order.get("id").asString();
			String shirt = ReturnFixtures.lineId(order, "TSHIRT-M");
			JsonNode ret = api
				.post("/api/v1/returns", ReturnFixtures.returnJson(orderId, shirt, 2, "too_small", "store_credit"))
				.json();

			assertThat(ret.get("status").asString()).isEqualTo("pending_review");
			assertThat(ret.get("decision").get("policyVersion").asInt()).isEqualTo(version);
			// 10 % of 2 × 23.68.
			assertThat(ret.get("amounts").get("fees").asString()).isEqualTo("4.74");
			assertThat(ret.get("amounts").get("credit").asString()).isEqualTo("42.62");
			assertThat(ret.get("amounts").get("refund").asString()).isEqualTo("0.00");
			String id = ret.get("id").asString();
			ApiClient other = SecondStore.open(api);
			assertThat(other.get("/api/v1/returns/" + id).status()).isEqualTo(404);
			assertThat(other.post("/api/v1/returns/" + id + "/approve", "{}").status()).isEqualTo(404);
			assertThat(other.get("/api/v1/orders/" + orderId + "/returnable").status()).isEqualTo(404);
			assertThat(api.post("/api/v1/returns/" + id + "/reject", "{}").status()).isEqualTo(422);
			assertThat(api.post("/api/v1/returns/" + id + "/approve", "{}").json().get("status").asString())
				.isEqualTo("approved");
		}
		finally {
			// Later tests of this context decide under the standard policy again.
			api.put("/api/v1/returns/policy/draft",
					PolicyDocuments.write(org.aftersale.returns.policy.ReturnPolicy.standard()));
			api.post("/api/v1/returns/policy/publish", "{}");
		}
	}

	@Test
	void aBacktestShowsWhatADraftWouldDenyAndChargeBeforeItIsPublished() {
		JsonNode order = ReturnFixtures.deliveredOrder(api);
		String orderId = order.get("id").asString();
		JsonNode past = api
			.post("/api/v1/returns",
					ReturnFixtures.returnJson(orderId, ReturnFixtures.lineId(order, "MUG-1"), 1, "changed_mind",
							"refund"))
			.json();
		assertThat(past.get("status").asString()).isEqualTo("approved");
		assertThat(api.put("/api/v1/returns/policy/draft", """
				{"window":{"days":30,"from":"delivery"},
				 "reasons":[{"code":"too_small","label":"Too small"},{"code":"changed_mind","label":"Changed my mind"}],
				 "resolutions":["refund","store_credit"],"methods":["mail"],
				 "rules":[{"name":"Mugs are final","when":{"all":[{"fact":"item.sku","op":"eq","values":["MUG-1"]}]},
				           "then":{"outcome":"deny","message":"Mugs cannot be returned."}},
				          {"name":"Restocking","then":{"fees":[{"kind":"restocking_percent","amount":10}]}}]}
				""").status()).isEqualTo(200);
		try {
			java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
			ApiClient.Response run = api.post("/api/v1/returns/policy/backtests",
					"{\"from\":\"" + today.minusDays(2) + "\",\"to\":\"" + today.plusDays(1) + "\"}");

			assertThat(run.status()).as(run.body()).isEqualTo(200);
			JsonNode result = run.json();
			assertThat(result.get("orders").asLong()).isPositive();
			assertThat(result.get("items").get("becameNotReturnable").asLong()).isPositive();
			assertThat(result.get("returns").get("replayed").asLong()).isPositive();
			assertThat(result.get("returns").get("wouldBeDenied").asLong()).isPositive();
			JsonNode example = null;
			for (JsonNode e : result.get("examples")) {
				if (orderId.equals(e.get("orderId").asString()) && e.get("returnNumber").isNull()) {
					example = e;
				}
			}
			assertThat(example).isNotNull();
			assertThat(example.get("sku").asString()).isEqualTo("MUG-1");
			assertThat(example.get("before").asString()).isEqualTo("allow");
			assertThat(example.get("after").asString()).isEqualTo("deny");
			assertThat(example.get("message").asString()).isEqualTo("Mugs cannot be returned.");
			assertThat(example.get("fired").findValuesAsString("rule")).contains("Mugs are final");
			// Nothing changed for shoppers: the draft is not published.
			assertThat(api.get("/api/v1/orders/" + orderId + "/returnable").json().toString())
				.doesNotContain("Mugs cannot be returned.");
			assertThat(api.post("/api/v1/returns/policy/backtests", "{\"from\":\"2026-13-01\",\"to\":\"x\"}").status())
				.isEqualTo(422);
		}
		finally {
			ReturnFixtures.restoreStandard(api);
		}
	}

	@Test
	void aSecondSubmitOfTheSameFormIsTheSameReturnAndOnlyReceivedUnitsAreRefunded() {
		JsonNode order = ReturnFixtures.deliveredOrder(api);
		OrderId orderId = new OrderId(UUID.fromString(order.get("id").asString()));
		UUID shirt = UUID.fromString(ReturnFixtures.lineId(order, "TSHIRT-M"));
		StoreId store = new StoreId(UUID.fromString(InitialCredentials.of(environment).storeId()));
		ReturnSubmission form = new ReturnSubmission(orderId,
				List.of(new ReturnSubmission.Item(shirt, 2, "too_small", null, null, null)), "refund", null,
				"form-" + UUID.randomUUID());

		Return first = desk.request(store, form, "shopper");
		Return again = desk.request(store, form, "shopper");
		assertThat(again.id()).isEqualTo(first.id());
		ApiClient.Response wrongSub = api.post("/api/v1/returns", """
				{"orderId":"%s","items":[{"lineItemId":"%s","quantity":1,"reason":"too_small","subReason":"sleeves"}],
				 "resolution":"refund"}""".formatted(orderId.value(), ReturnFixtures.lineId(order, "MUG-1")));
		assertThat(wrongSub.status()).isEqualTo(422);
		assertThat(wrongSub.json().get("errors").get(0).get("field").asString()).isEqualTo("items[0].subReason");

		// The page reader and the repository read the same aggregate.
		assertThat(returns.findAllInStore(store.value(), List.of(first.id(), UUID.randomUUID()))).singleElement()
			.usingRecursiveComparison()
			.isEqualTo(returns.findById(first.id()).orElseThrow());
		assertThat(returns.findAllInStore(UUID.randomUUID(), List.of(first.id()))).isEmpty();

		// One of the two shirts came back: one shirt's share is refunded, not both.
		desk.receive(store, first.id(), "team", Map.of(shirt, Return.Received.of(1, "new")));
		desk.resolve(store, first.id(), "team");

		JsonNode refund = api.get("/api/v1/orders/" + orderId.value()).json().get("refunds").get(0);
		assertThat(refund.get("amount").asString()).isEqualTo("23.68");
		assertThat(refund.get("lines").get(0).get("quantity").asLong()).isEqualTo(1);
	}

	@Test
	void theTeamRefundsAnotherAmountWithAReasonAndNeverMoreThanWasPaid() {
		JsonNode ret = ReturnFixtures.shirtReturn(api);
		String id = ret.get("id").asString();

		ApiClient.Response noReason = api.post("/api/v1/returns/" + id + "/resolve", "{\"refundAmount\":\"10.00\"}");
		assertThat(noReason.status()).isEqualTo(422);
		assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
		ApiClient.Response tooMuch = api.post("/api/v1/returns/" + id + "/resolve",
				"{\"refundAmount\":\"500.00\",\"reason\":\"Sorry\"}");
		assertThat(tooMuch.status()).isEqualTo(422);
		assertThat(api.get("/api/v1/returns/" + id).json().get("status").asString()).isEqualTo("approved");

		ApiClient.Response resolved = api.post("/api/v1/returns/" + id + "/resolve",
				"{\"refundAmount\":\"10.00\",\"reason\":\"Goodwill: the shopper keeps the belt\"}");
		assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
		JsonNode order = api.get("/api/v1/orders/" + ret.get("orderId").asString()).json();
		assertThat(order.get("refunds").get(0).get("amount").asString()).isEqualTo("10.00");
		assertThat(api.get("/api/v1/returns/" + id).json().get("timeline").toString())
			.contains("refund 10.00 instead of 23.68: Goodwill: the shopper keeps the belt");
	}

	private static JsonNode find(JsonNode items, String lineId) {
		for (JsonNode item : items) {
			if (lineId.equals(item.get("lineItemId").asString())) {
				return item;
			}
		}
		throw new AssertionError("no item " + lineId);
	}

}
