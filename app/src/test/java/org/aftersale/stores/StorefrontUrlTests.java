package org.aftersale.stores;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StorefrontUrlTests {

	@Test
	void keepsAnHttpsShopAddressWithoutItsTrailingSlash() {
		assertThat(StorefrontUrl.normalise(" https://Shop.Example.com/ ")).isEqualTo("https://shop.example.com");
		assertThat(StorefrontUrl.normalise("https://example.com/de/")).isEqualTo("https://example.com/de");
		assertThat(StorefrontUrl.normalise("https://example.com:8443")).isEqualTo("https://example.com:8443");
	}

	@Test
	void refusesWhatIsNotAShopAddress() {
		assertThat(StorefrontUrl.normalise("http://shop.example.com")).isNull();
		assertThat(StorefrontUrl.normalise("https://shop.example.com/?ref=1")).isNull();
		assertThat(StorefrontUrl.normalise("https://user@shop.example.com")).isNull();
		assertThat(StorefrontUrl.normalise("javascript:alert(1)")).isNull();
		assertThat(StorefrontUrl.normalise("https://localhost")).isNull();
		assertThat(StorefrontUrl.normalise("")).isNull();
	}

}
