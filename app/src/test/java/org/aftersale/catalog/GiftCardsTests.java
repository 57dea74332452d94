package org.aftersale.catalog;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GiftCardsTests {

	@Test
	void knowsAGiftCardByItsTypeTagsOrTitle() {
		assertThat(GiftCards.isGiftCard("Store voucher", "Gift Card", List.of())).isTrue();
		assertThat(GiftCards.isGiftCard("Store voucher", null, List.of("sale", "gift-card"))).isTrue();
		assertThat(GiftCards.isGiftCard("Gift Card $50", null, List.of())).isTrue();
		assertThat(GiftCards.isGiftCard("E-Gift for her", null, List.of())).isTrue();
		assertThat(GiftCards.isGiftCard("Gutschein 25 €", null, List.of())).isTrue();
	}

	@Test
	void leavesMerchandiseAlone() {
		assertThat(GiftCards.isGiftCard("Gift wrap", "Accessories", List.of("gift ideas"))).isFalse();
		assertThat(GiftCards.isGiftCard("Card holder", "Wallets", List.of("cards"))).isFalse();
	}

}
