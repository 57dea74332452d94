package org.aftersale.stores;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShopperLanguageTests {

	private static final Locale BRAZIL = Locale.forLanguageTag("pt-BR");

	@Test
	void prefersTheSwitchThenTheBrowserThenTheStore() {
		assertThat(ShopperLanguage.choose("de", "fr-CA,fr;q=0.9", Locale.ENGLISH)).isEqualTo(Locale.GERMAN);
		assertThat(ShopperLanguage.choose(null, "ja,fr-CA;q=0.9,en;q=0.5", Locale.ENGLISH)).isEqualTo(Locale.FRENCH);
		assertThat(ShopperLanguage.choose(null, "ja", BRAZIL)).isEqualTo(BRAZIL);
		assertThat(ShopperLanguage.choose(null, null, Locale.JAPANESE)).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void ignoresUnsupportedOrMalformedChoices() {
		assertThat(ShopperLanguage.choose("xx", "%%%;;q=a", Locale.forLanguageTag("es")))
			.isEqualTo(Locale.forLanguageTag("es"));
		assertThat(ShopperLanguage.choose("pt", null, Locale.ENGLISH)).isEqualTo(BRAZIL);
		assertThat(ShopperLanguage.choose("ES", null, Locale.ENGLISH)).isEqualTo(Locale.forLanguageTag("es"));
	}

}
