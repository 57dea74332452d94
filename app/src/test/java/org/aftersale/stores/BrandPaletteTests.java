package org.aftersale.stores;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class BrandPaletteTests {

	@Test
	void measuresContrastAsWcagDefinesIt() {
		assertThat(BrandPalette.contrast("#000000", "#ffffff")).isCloseTo(21.0, within(0.001));
		assertThat(BrandPalette.contrast("#ffffff", "#ffffff")).isCloseTo(1.0, within(0.001));
		// The classic borderline grey: #767676 passes AA on white, #777777 does not.
		assertThat(BrandPalette.contrast("#767676", "#ffffff")).isGreaterThanOrEqualTo(4.5);
		assertThat(BrandPalette.contrast("#777777", "#ffffff")).isLessThan(4.5);
	}

	@Test
	void theDefaultColoursCarryWhiteTextWithoutWarnings() {
		BrandPalette defaults = new BrandPalette(Store.DEFAULT_BRAND, Store.DEFAULT_ACCENT);
		assertThat(defaults.warnings()).isEmpty();
		assertThat(defaults.onBrand()).isEqualTo("#ffffff");
		assertThat(defaults.onAccent()).isEqualTo("#ffffff");
		assertThat(defaults.brandInk()).isEqualTo(Store.DEFAULT_BRAND);
		assertThat(defaults.accentInk()).isEqualTo(Store.DEFAULT_ACCENT);
	}

	@Test
	void aLightColourGetsDarkTextADarkerInkAndAWarning() {
		BrandPalette yellow = new BrandPalette("#FFD84D", "#0b8043");
		assertThat(yellow.brand()).isEqualTo("#ffd84d");
		assertThat(yellow.onBrand()).isEqualTo("#111827");
		assertThat(BrandPalette.contrast(yellow.onBrand(), yellow.brand())).isGreaterThanOrEqualTo(4.5);
		assertThat(BrandPalette.contrast(yellow.brandInk(), "#ffffff")).isGreaterThanOrEqualTo(4.5);
		assertThat(yellow.warnings()).singleElement()
			.asString()
			.startsWith("Brand colour #ffd84d has a contrast of 1.4:1 with white text")
			.contains("dark grey")
			.contains(yellow.brandInk());
	}

	@Test
	void theInkStaysAsCloseToTheColourAsReadabilityAllows() {
		String ink = new BrandPalette("#0f9d58", "#0b8043").brandInk();
		assertThat(BrandPalette.contrast(ink, "#ffffff")).isBetween(4.5, 5.5);
	}

	@Test
	void refusesWhatIsNotAColour() {
		assertThatThrownBy(() -> new BrandPalette("blue", "#000000")).isInstanceOf(IllegalArgumentException.class);
	}

}
