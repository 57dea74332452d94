package org.aftersale.integrations.csv;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.aftersale.kernel.InvalidInputException;
import org.aftersale.orders.OrderSubmission;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShopifyOrderExportTests {

	@Test
	void groupsConsecutiveRowsIntoOrdersWithTheirSpreadsheetLines() {
		List<CsvOrder> orders = read(new String(CsvFixtures.export(), StandardCharsets.UTF_8));

		assertThat(orders).extracting(CsvOrder::name).containsExactly("#2001", "#2002", "#2003", "#2004");
		assertThat(orders.get(0).lines()).containsExactly(2L, 3L);
		assertThat(orders.get(2).lines()).containsExactly(5L, 6L);
	}

	@Test
	void mapsAShopifyOrderSoItMatchesWebhookOrders() {
		OrderSubmission order = CsvOrderMapper.toSubmission(read(new String(CsvFixtures.export())).get(0)).validate();

		assertThat(order.source()).isEqualTo("shopify");
		assertThat(order.externalId()).isEqualTo("5550001");
		assertThat(order.placedAt()).isEqualTo(Instant.parse("2024-03-15T14:12:45Z"));
		assertThat(order.sourceUpdatedAt()).isEqualTo(Instant.parse("2024-03-16T13:01:44Z"));
		assertThat(order.customer().firstName()).isEqualTo("Maria");
		assertThat(order.shippingAddress().postalCode()).isEqualTo("02134");
		assertThat(order.lineItems()).extracting(OrderSubmission.Line::sku).containsExactly("LS-M-SAND", "TOTE-NAT");
		assertThat(order.totals().total()).isEqualTo("95.72");
	}

	@Test
	void keysAnOrderWithoutIdByItsName() {
		OrderSubmission order = CsvOrderMapper.toSubmission(read(new String(CsvFixtures.export())).get(3));

		assertThat(order.source()).isEqualTo("csv");
		assertThat(order.externalId()).isEqualTo("#2004");
	}

	@Test
	void namesTheColumnAndLineOfAProblem() {
		CsvOrder order = read(new String(CsvFixtures.export())).get(2);

		assertThatThrownBy(() -> CsvOrderMapper.toSubmission(order).validate()).isInstanceOfSatisfying(
				InvalidInputException.class,
				ex -> assertThat(CsvColumns.describe(ex.problems(), order.lines())).anySatisfy(p -> {
					assertThat(p.field()).isEqualTo("Lineitem quantity");
					assertThat(p.message()).endsWith("(line 6)");
				}));
	}

	@Test
	void reportsARowWithoutNameAndTheMissingHeader() {
		List<String> problems = new ArrayList<>();
		ShopifyOrderExport.read(new StringReader("Name,Email\n,a@example.com\n"), o -> {
		}, u -> problems.add(u.line() + ": " + u.problem()));
		ShopifyOrderExport.read(new StringReader("Order,Email\n1,a@example.com\n"), o -> {
		}, u -> problems.add(u.line() + ": " + u.problem()));

		assertThat(problems).hasSize(2);
		assertThat(problems.get(0)).startsWith("2: Name is empty");
		assertThat(problems.get(1)).contains("no Name column");
	}

	@Test // #16
	void describesAMalformedFileWithoutNamingTheParsersClasses() {
		List<ShopifyOrderExport.Unreadable> problems = new ArrayList<>();
		ShopifyOrderExport.read(new StringReader("Name,Email\n#1,\"a@example.com\"x\n#2,b@example.com\n"), order -> {
		}, problems::add);

		assertThat(problems).singleElement().satisfies(problem -> {
			assertThat(problem.problem()).startsWith("the CSV is malformed here: ")
				.doesNotContain("org.apache")
				.doesNotContain("Exception");
			assertThat(problem.line()).isEqualTo(2);
		});
	}

	private static List<CsvOrder> read(String csv) {
		List<CsvOrder> orders = new ArrayList<>();
		ShopifyOrderExport.read(new StringReader(csv), orders::add, u -> {
			throw new AssertionError(u.toString());
		});
		return orders;
	}

}
