package org.aftersale.tracking.page;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageLanguageTests {

	private static final Locale BRAZIL = Locale.forLanguageTag("pt-BR");

	@Test
	void prefersTheSwitchThenTheBrowserThenTheStore() {
		assertThat(PageLanguage.choose("de", "fr-CA,fr;q=0.9", Locale.ENGLISH)).isEqualTo(Locale.GERMAN);
		assertThat(PageLanguage.choose(null, "ja,fr-CA;q=0.9,en;q=0.5", Locale.ENGLISH)).isEqualTo(Locale.FRENCH);
		assertThat(PageLanguage.choose(null, "ja", BRAZIL)).isEqualTo(BRAZIL);
		assertThat(PageLanguage.choose(null, null, Locale.JAPANESE)).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void ignoresUnsupportedOrMalformedChoices() {
		assertThat(PageLanguage.choose("xx", "%%%;;q=a", Locale.forLanguageTag("es")))
			.isEqualTo(Locale.forLanguageTag("es"));
		assertThat(PageLanguage.choose("pt", null, Locale.ENGLISH)).isEqualTo(BRAZIL);
		assertThat(PageLanguage.choose("ES", null, Locale.ENGLISH)).isEqualTo(Locale.forLanguageTag("es"));
	}

}
