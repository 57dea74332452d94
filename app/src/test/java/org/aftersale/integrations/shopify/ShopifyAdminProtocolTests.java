package org.aftersale.integrations.shopify;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShopifyAdminProtocolTests {

	@Test
	void followsOnlyTheNextLinkAndKeepsItsPathAndQuery() {
		String header = "<https://shop.myshopify.com/admin/api/2026-10/orders.json?limit=250&page_info=abc>; "
				+ "rel=\"previous\", <https://shop.myshopify.com/admin/api/2026-10/orders.json?limit=250&page_info=def>; "
				+ "rel=\"next\"";

		assertThat(ShopifyLinkHeader.nextPage(List.of(header)))
			.isEqualTo("/admin/api/2026-10/orders.json?limit=250&page_info=def");
		assertThat(ShopifyLinkHeader.nextPage(List.of(header.substring(0, header.indexOf(','))))).isNull();
		assertThat(ShopifyLinkHeader.nextPage(List.of())).isNull();
	}

	@Test
	void slowsDownOnlyWhenTheCallBucketIsNearlyFull() {
		assertThat(ShopifyCallLimit.parse("39/40")).hasValueSatisfying(l -> assertThat(l.nearlyFull()).isTrue());
		assertThat(ShopifyCallLimit.parse("12/40")).hasValueSatisfying(l -> assertThat(l.nearlyFull()).isFalse());
		assertThat(ShopifyCallLimit.parse("garbage")).isEmpty();
	}

	@Test
	void honoursFractionalRetryAfterWithinBounds() {
		assertThat(ShopifyAdminClient.retryAfter("2.0")).isEqualTo(Duration.ofSeconds(2));
		assertThat(ShopifyAdminClient.retryAfter("0.5")).isEqualTo(Duration.ofMillis(500));
		assertThat(ShopifyAdminClient.retryAfter("86400")).isEqualTo(Duration.ofSeconds(60));
		assertThat(ShopifyAdminClient.retryAfter(null)).isEqualTo(Duration.ofSeconds(2));
	}

}
