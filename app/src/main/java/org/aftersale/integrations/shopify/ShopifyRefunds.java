package org.aftersale.integrations.shopify;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.aftersale.integrations.IntegrationsSettings;
import org.aftersale.kernel.Money;
import org.aftersale.kernel.StoreId;
import org.aftersale.orders.LineItem;
import org.aftersale.orders.Order;
import org.aftersale.orders.OrderId;
import org.aftersale.orders.OrderIntake;
import org.aftersale.orders.OrderQueries;
import org.aftersale.orders.OrderRefunded;
import org.aftersale.orders.Refund;
import org.aftersale.orders.RefundLine;
import org.aftersale.orders.RefundRetryRequested;
import org.aftersale.orders.RefundSubmission;
import org.aftersale.platform.SecretBox;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Carries out in Shopify the refunds Aftersale makes for returns of Shopify orders,
 * through the GraphQL Admin API's {@code refundCreate} with the refund's id as its
 * idempotency key, restocking what the team put back in stock. Before asking, it reads
 * the order's refunds again: a refund already made there (named by its note) is the one,
 * so a retry after a lost answer never refunds twice. The shop's answer, done or refused,
 * goes back to the order as {@code RefundSettled}.
 */
@Component
class ShopifyRefunds {

	private static final Logger log = LoggerFactory.getLogger(ShopifyRefunds.class);

	static final String CONTEXT = """
			query RefundContext($id: ID!, $lines: [RefundLineItemInput!]) {
			  order(id: $id) {
			    refunds(first: 100) { id legacyResourceId note }
			    suggestedRefund(refundLineItems: $lines, suggestFullAmount: false) {
			      suggestedTransactions {
			        gateway
			        parentTransaction { id }
			        maximumRefundableSet { shopMoney { amount currencyCode } }
			      }
			    }
			  }
			}""";

	static final String CREATE = """
			mutation RefundReturn($input: RefundInput!, $key: String!) {
			  refundCreate(input: $input) @idempotent(key: $key) {
			    refund { id legacyResourceId }
			    userErrors { field message }
			  }
			}""";

	private final OrderQueries orders;

	private final OrderIntake intake;

	private final ShopifyConnections connections;

	private final ShopifyAdminClient client;

	private final SecretBox box;

	private final JsonMapper json;

	private final IntegrationsSettings.Shopify settings;

	ShopifyRefunds(OrderQueries orders, OrderIntake intake, ShopifyConnections connections, ShopifyAdminClient client,
			SecretBox box, JsonMapper json, IntegrationsSettings settings) {
		this.orders = orders;
		this.intake = intake;
		this.connections = connections;
		this.client = client;
		this.box = box;
		this.json = json;
		this.settings = settings.shopify();
	}

	@ApplicationModuleListener
	void on(OrderRefunded event) {
		if (event.origin() == RefundSubmission.Origin.AFTERSALE) {
			carryOut(event.storeId(), event.orderId(), event.refundId());
		}
	}

	@ApplicationModuleListener
	void on(RefundRetryRequested event) {
		carryOut(event.storeId(), event.orderId(), event.refundId());
	}

	void carryOut(StoreId storeId, OrderId orderId, UUID refundId) {
		Order order = orders.find(storeId, orderId).orElse(null);
		if (order == null || !ShopifyOrderMapper.SOURCE.equals(order.source())) {
			return;
		}
		Refund refund = order.refunds().stream().filter(r -> r.refundId().equals(refundId)).findFirst().orElse(null);
		if (refund == null || Refund.DONE.equals(refund.shopState())) {
			return;
		}
		Outcome outcome = ask(storeId, order, refund);
		intake.settleRefund(storeId, orderId, refundId, outcome.shopRefundId(), outcome.problem());
	}

	private Outcome ask(StoreId storeId, Order order, Refund refund) {
		Optional<ShopifyConnection> connection = connections.find(storeId);
		if (connection.isEmpty() || connection.get().accessTokenSealed() == null) {
			return Outcome.refused("Shopify is not connected: connect the shop, then try the refund again.");
		}
		String domain = connection.get().shopDomain();
		String token = box.open(connection.get().accessTokenSealed(), ShopifyConnection.tokenContext(storeId));
		String orderGid = "gid://shopify/Order/" + order.externalId();
		List<Map<String, Object>> lines = lines(order, refund);
		try {
			JsonNode context = call(domain, token, CONTEXT, Map.of("id", orderGid, "lines", lines));
			if (context.has("problem")) {
				return Outcome.refused(context.path("problem").asString());
			}
			JsonNode shopOrder = context.path("data").path("order");
			if (shopOrder.isMissingNode() || shopOrder.isNull()) {
				return Outcome.refused("Shopify does not know order " + order.number() + " any more.");
			}
			// Made already (an answer lost on the way back): that refund is ours.
			for (JsonNode made : shopOrder.path("refunds")) {
				if (made.path("note").asString("").contains("(Aftersale " + refund.refundId() + ")")) {
					return Outcome.done(made.path("legacyResourceId").asString());
				}
			}
			Money amount = new Money(refund.amountMinor(), order.currency());
			List<Map<String, Object>> transactions = new ArrayList<>();
			BigDecimal left = amount.amount();
			for (JsonNode suggested : shopOrder.path("suggestedRefund").path("suggestedTransactions")) {
				if (left.signum() == 0) {
					break;
				}
				BigDecimal most = new BigDecimal(
						suggested.path("maximumRefundableSet").path("shopMoney").path("amount").asString("0"));
				BigDecimal part = left.min(most);
				if (part.signum() <= 0) {
					continue;
				}
				Map<String, Object> transaction = new LinkedHashMap<>();
				transaction.put("orderId", orderGid);
				transaction.put("gateway", suggested.path("gateway").asString(""));
				transaction.put("kind", "REFUND");
				transaction.put("amount", part.toPlainString());
				String parent = suggested.path("parentTransaction").path("id").asString(null);
				if (parent != null) {
					transaction.put("parentId", parent);
				}
				transactions.add(transaction);
				left = left.subtract(part);
			}
			if (left.signum() > 0) {
				return Outcome.refused("Shopify can refund only " + amount.amount().subtract(left).toPlainString()
						+ " of the " + amount + " " + order.currency() + " to the original payment.");
			}
			Map<String, Object> input = new LinkedHashMap<>();
			input.put("orderId", orderGid);
			input.put("note", refund.shopNote());
			input.put("notify", false);
			input.put("refundLineItems", lines);
			input.put("transactions", transactions);
			JsonNode created = call(domain, token, CREATE, Map.of("input", input, "key", refund.refundId().toString()));
			if (created.has("problem")) {
				return Outcome.refused(created.path("problem").asString());
			}
			JsonNode payload = created.path("data").path("refundCreate");
			if (!payload.path("userErrors").isEmpty()) {
				JsonNode error = payload.path("userErrors").get(0);
				return Outcome.refused("Shopify refused the refund: " + error.path("message").asString(""));
			}
			String id = payload.path("refund").path("legacyResourceId").asString(null);
			return id == null ? Outcome.refused("Shopify answered no refund.") : Outcome.done(id);
		}
		catch (ShopifyUnavailableException ex) {
			log.warn("store {}: refund {} not carried out in Shopify: {}", storeId, refund.refundId(), ex.getMessage());
			return Outcome.refused(ex.getMessage());
		}
	}

	// The refund's lines as Shopify line items, back into stock where the team put
	// them.
	private static List<Map<String, Object>> lines(Order order, Refund refund) {
		Map<UUID, LineItem> byId = new LinkedHashMap<>();
		order.lineItems().forEach(l -> byId.put(l.lineId(), l));
		List<Map<String, Object>> lines = new ArrayList<>();
		for (RefundLine line : order.refundLines()) {
			LineItem item = byId.get(line.lineId());
			if (!line.refundId().equals(refund.refundId()) || item == null || item.externalId() == null
					|| line.quantity() == 0) {
				continue;
			}
			lines.add(Map.of("lineItemId", "gid://shopify/LineItem/" + item.externalId(), "quantity", line.quantity(),
					"restockType", line.restock() ? "RETURN" : "NO_RESTOCK"));
		}
		return lines;
	}

	private JsonNode call(String domain, String token, String query, Map<String, Object> variables) {
		ShopifyAdminClient.Reply reply = client.post(domain, token, settings.apiPath("graphql.json"),
				json.writeValueAsString(Map.of("query", query, "variables", variables)));
		if (!reply.ok()) {
			return json.createObjectNode().put("problem", "Shopify answered HTTP " + reply.status() + ".");
		}
		JsonNode answer = json.readTree(reply.body());
		if (answer.path("errors").isArray() && !answer.path("errors").isEmpty()) {
			return json.createObjectNode()
				.put("problem",
						"Shopify refused the request: " + answer.path("errors").get(0).path("message").asString(""));
		}
		return answer;
	}

	private record Outcome(@Nullable String shopRefundId, @Nullable String problem) {

		static Outcome done(String id) {
			return new Outcome(id, null);
		}

		static Outcome refused(String problem) {
			return new Outcome(null, problem);
		}

	}

}
