package org.aftersale.integrations.shopify;

import java.time.Instant;
import java.util.List;

import org.aftersale.kernel.InvalidInputException;
import org.aftersale.orders.FulfilmentSubmission;
import org.aftersale.orders.OrderSubmission;
import org.aftersale.orders.RefundSubmission;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShopifyOrderMapperTests {

	@Test
	void mapsTheOrderResource() {
		OrderSubmission order = ShopifyOrderMapper.toSubmission(ShopifyFixtures.tree("order.json").get("order"))
			.validate();

		assertThat(order.source()).isEqualTo("shopify");
		assertThat(order.externalId()).isEqualTo("450789469");
		assertThat(order.number()).isEqualTo("#1001");
		assertThat(order.placedAt()).isEqualTo(Instant.parse("2008-01-10T16:00:00Z"));
		assertThat(order.customer().email()).isEqualTo("bob.norman@hostmail.com");
		assertThat(order.customer().firstName()).isEqualTo("Bob");
		assertThat(order.shippingAddress().line1()).isEqualTo("Chestnut Street 92");
		assertThat(order.shippingAddress().region()).isEqualTo("KY");
		assertThat(order.shippingAddress().country()).isEqualTo("US");
		assertThat(order.lineItems()).hasSize(3);
		assertThat(order.lineItems().get(0).externalId()).isEqualTo("466157049");
		assertThat(order.lineItems().get(0).sku()).isEqualTo("IPOD2008GREEN");
		assertThat(order.lineItems().get(0).variantTitle()).isEqualTo("green");
		assertThat(order.totals()).isEqualTo(new OrderSubmission.Totals("398.00", "0.00", "11.94", "0.00", "409.94"));
		assertThat(order.financialStatus()).isEqualTo("authorized");
		assertThat(order.sourceUpdatedAt()).isEqualTo(Instant.parse("2008-01-10T16:00:00Z"));
	}

	@Test
	void takesMarketingConsentPerChannelFromTheCustomer() {
		// The 2013 fixture knows only the order's checkbox and the legacy flag: both
		// false.
		assertThat(ShopifyOrderMapper.toSubmission(ShopifyFixtures.tree("order.json").get("order")).customer())
			.satisfies(c -> {
				assertThat(c.emailMarketingConsent()).isFalse();
				assertThat(c.smsMarketingConsent()).isNull();
			});

		OrderSubmission.Customer subscribed = consentOf("subscribed", "subscribed");
		assertThat(subscribed.emailMarketingConsent()).isTrue();
		assertThat(subscribed.smsMarketingConsent()).isTrue();
		// A pending double opt-in is not consent yet, and a withdrawn one is a no.
		OrderSubmission.Customer pending = consentOf("pending", "unsubscribed");
		assertThat(pending.emailMarketingConsent()).isFalse();
		assertThat(pending.smsMarketingConsent()).isFalse();
	}

	private static OrderSubmission.Customer consentOf(String email, String sms) {
		JsonNode order = ShopifyFixtures.JSON.readTree(ShopifyFixtures.order(o -> {
			var customer = (tools.jackson.databind.node.ObjectNode) o.get("customer");
			customer.remove("accepts_marketing");
			customer.putObject("email_marketing_consent")
				.put("state", email)
				.put("opt_in_level", "single_opt_in")
				.putNull("consent_updated_at");
			customer.putObject("sms_marketing_consent")
				.put("state", sms)
				.put("opt_in_level", "single_opt_in")
				.putNull("consent_updated_at")
				.put("consent_collected_from", "SHOPIFY");
			o.put("buyer_accepts_marketing", true);
		}));
		return ShopifyOrderMapper.toSubmission(order).customer();
	}

	@Test // #18
	void takesEveryDiscountOnALineFromItsAllocationsAndWhetherPricesIncludeTax() {
		JsonNode order = ShopifyFixtures.JSON.readTree(ShopifyFixtures.order(o -> {
			o.put("taxes_included", true);
			var line = (tools.jackson.databind.node.ObjectNode) o.get("line_items").get(0);
			line.put("total_discount", "0.00");
			var allocations = line.putArray("discount_allocations");
			allocations.addObject().put("amount", "3.00").put("discount_application_index", 0);
			allocations.addObject().put("amount", "1.50").put("discount_application_index", 1);
		}));

		OrderSubmission submission = ShopifyOrderMapper.toSubmission(order).validate();

		assertThat(submission.lineItems().get(0).discount()).isEqualTo("4.50");
		assertThat(new java.math.BigDecimal(submission.lineItems().get(1).discount())).isZero();
		assertThat(submission.totals().taxesIncluded()).isTrue();
	}

	@Test
	void namesWhatIsWrongWithAnUnusableOrder() {
		JsonNode order = ShopifyFixtures.JSON
			.readTree(ShopifyFixtures.order(o -> o.put("currency", "XXQ").remove("line_items")));

		assertThatThrownBy(() -> ShopifyOrderMapper.toSubmission(order).validate()).isInstanceOfSatisfying(
				InvalidInputException.class,
				ex -> assertThat(ex.problems()).extracting("field").contains("currency", "lineItems"));
	}

	@Test
	void mapsTheFulfillmentResource() {
		FulfilmentSubmission fulfilment = ShopifyFulfilmentMapper
			.toSubmission(ShopifyFixtures.tree("fulfillment.json").get("fulfillment"), Instant.EPOCH)
			.validate();

		assertThat(fulfilment.externalId()).isEqualTo("255858046");
		assertThat(fulfilment.status()).isEqualTo("pending");
		assertThat(fulfilment.trackingCompany()).isEqualTo("null-company");
		assertThat(fulfilment.trackingNumbers()).containsExactly("1Z2345");
		assertThat(fulfilment.lines())
			.containsExactly(new FulfilmentSubmission.ShippedLine("466157049", "IPOD2008GREEN", 1));
	}

	@Test
	void refundsWhatTheRefundTransactionsPaidBack() {
		JsonNode refund = ShopifyFixtures.tree("refund.json").get("refund");

		assertThat(ShopifyFulfilmentMapper.refundAmount(refund)).isEqualByComparingTo("209.00");
	}

	@Test
	void takesARefundsLinesWithTheAmountsShopifyComputed() {
		tools.jackson.databind.node.ObjectNode refund = (tools.jackson.databind.node.ObjectNode) ShopifyFixtures
			.tree("refund.json")
			.get("refund")
			.deepCopy();
		tools.jackson.databind.node.ObjectNode first = (tools.jackson.databind.node.ObjectNode) refund
			.get("refund_line_items")
			.get(0);
		first.put("subtotal", "179.10").put("total_tax", "14.33").put("restock_type", "no_restock");

		List<RefundSubmission.Line> lines = RefundTopics.lines(refund);

		assertThat(lines).containsExactly(new RefundSubmission.Line("703073504", null, 1, "179.10", "14.33", false),
				// The fixture predates per-line amounts: the order's own shares are
				// taken; restocked as the refund says.
				new RefundSubmission.Line("466157049", null, 1, null, null, true));
	}

	@Test
	void refundsTheLinesWhenNoTransactionIsRecorded() {
		tools.jackson.databind.node.ObjectNode refund = (tools.jackson.databind.node.ObjectNode) ShopifyFixtures
			.tree("refund.json")
			.get("refund")
			.deepCopy();
		refund.putArray("transactions");

		assertThat(ShopifyFulfilmentMapper.refundAmount(refund)).isEqualByComparingTo("398.00");
	}

}
