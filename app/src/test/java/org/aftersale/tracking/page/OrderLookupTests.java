package org.aftersale.tracking.page;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrderLookupTests {

	@Test
	void normalizesWhatShoppersTypeDifferently() {
		assertThat(OrderLookup.email("  Ana.Souza@Example.COM ")).isEqualTo("ana.souza@example.com");
		assertThat(OrderLookup.postal(" sw1a 1aa")).isEqualTo(OrderLookup.postal("SW1A-1AA")).isEqualTo("SW1A1AA");
		assertThat(OrderLookup.postal("01310-100")).isEqualTo("01310100");
	}

}
