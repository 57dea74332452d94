package org.aftersale.orders;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryStatusTests {

	@Test // #17
	void summarisesTheParcelsOfAnOrder() {
		assertThat(DeliveryStatus.of(OrderStatus.OPEN, List.of())).isEqualTo(DeliveryStatus.NOT_SHIPPED);
		assertThat(DeliveryStatus.of(OrderStatus.FULFILLED, List.of("pending", "in_transit")))
			.isEqualTo(DeliveryStatus.IN_TRANSIT);
		assertThat(DeliveryStatus.of(OrderStatus.FULFILLED, List.of("delivered", "out_for_delivery")))
			.isEqualTo(DeliveryStatus.PARTIALLY_DELIVERED);
		assertThat(DeliveryStatus.of(OrderStatus.FULFILLED, List.of("delivered", "delivered")))
			.isEqualTo(DeliveryStatus.DELIVERED);
		assertThat(DeliveryStatus.of(OrderStatus.PARTIALLY_FULFILLED, List.of("delivered"))).as("items still to ship")
			.isEqualTo(DeliveryStatus.PARTIALLY_DELIVERED);
		assertThat(DeliveryStatus.of(OrderStatus.FULFILLED, List.of("delivered", "failed_attempt")))
			.isEqualTo(DeliveryStatus.ATTENTION);
		assertThat(DeliveryStatus.of(OrderStatus.FULFILLED, List.of("exception"))).isEqualTo(DeliveryStatus.ATTENTION);
		assertThat(DeliveryStatus.DELIVERED.wireName()).isEqualTo("delivered");
	}

}
