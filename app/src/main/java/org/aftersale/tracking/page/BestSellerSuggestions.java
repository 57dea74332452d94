package org.aftersale.tracking.page;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;
import org.aftersale.orders.OrderQueries;
import org.aftersale.tracking.ProductSuggestions;
import org.aftersale.tracking.SuggestedProduct;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first {@link ProductSuggestions}: the store's best-selling products by units over
 * the last 90 days, leaving out the products of the order (in any variant: the query
 * knows them by product, which the page's SKUs alone cannot tell). Ordered last, so that
 * any other implementation (recommendations) is chosen before it.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class BestSellerSuggestions implements ProductSuggestions {

	private static final Duration PERIOD = Duration.ofDays(90);

	private final OrderQueries orders;

	private final Clock clock;

	BestSellerSuggestions(OrderQueries orders, Clock clock) {
		this.orders = orders;
		this.clock = clock;
	}

	@Override
	public List<SuggestedProduct> suggestFor(StoreId storeId, OrderId orderId, List<String> skusInOrder, int limit) {
		return orders.bestSellers(storeId, orderId, clock.instant().minus(PERIOD), limit)
			.stream()
			.map(seller -> new SuggestedProduct(seller.sku(), seller.title(),
					SafeUrl.isHttpOrHttps(seller.imageUrl()) ? seller.imageUrl() : null, seller.unitPrice(),
					seller.tags(), seller.productType()))
			.toList();
	}

}
