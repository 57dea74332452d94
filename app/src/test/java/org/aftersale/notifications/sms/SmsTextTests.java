package org.aftersale.notifications.sms;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmsTextTests {

	static final String LINK = "https://shop.example/t/store/abc123?sig=XYZ";

	@Test
	void countsGsmTextsIn160And153SeptetSegments() {
		assertThat(SmsText.isGsm("Your order #1001 is out for delivery: äöü ñ @£$")).isTrue();
		assertThat(SmsText.segments("a".repeat(160))).isEqualTo(1);
		assertThat(SmsText.segments("a".repeat(161))).isEqualTo(2);
		assertThat(SmsText.segments("a".repeat(306))).isEqualTo(2);
		assertThat(SmsText.segments("a".repeat(307))).isEqualTo(3);
	}

	@Test
	void countsExtensionCharactersAsTwoSeptets() {
		assertThat(SmsText.isGsm("Total: 12 €")).isTrue();
		assertThat(SmsText.units("€[]")).isEqualTo(6);
		assertThat(SmsText.segments("a".repeat(159) + "€")).isEqualTo(2);
	}

	@Test
	void countsAnyOtherCharacterAsUcs2In70And67UnitSegments() {
		assertThat(SmsText.isGsm("Zamówienie wysłane")).isFalse();
		assertThat(SmsText.isGsm("Shipped 📦")).isFalse();
		assertThat(SmsText.segments("ł".repeat(70))).isEqualTo(1);
		assertThat(SmsText.segments("ł".repeat(71))).isEqualTo(2);
		assertThat(SmsText.segments("ł".repeat(134))).isEqualTo(2);
		assertThat(SmsText.segments("ł".repeat(135))).isEqualTo(3);
	}

	@Test
	void leavesTextsOfTwoSegmentsAlone() {
		String text = "Store: order #1001 shipped\n" + LINK;
		assertThat(SmsText.fit(text)).isEqualTo(text);
	}

	@Test
	void cutsLongGsmTextsAtAWordAndKeepsTheLinkWhole() {
		String words = "The quick brown fox jumps over the lazy dog. ".repeat(10).strip();
		String fitted = SmsText.fit(words + "\n" + LINK);

		assertThat(fitted).endsWith("...\n" + LINK);
		assertThat(SmsText.units(fitted)).isLessThanOrEqualTo(306);
		assertThat(SmsText.segments(fitted)).isEqualTo(2);
		String kept = fitted.substring(0, fitted.indexOf("..."));
		assertThat(words).startsWith(kept);
		assertThat(words.charAt(kept.length())).isEqualTo(' ');
	}

	@Test
	void cutsLongUcs2TextsTo134UnitsWithoutSplittingAnEmoji() {
		String words = "Zamówienie 📦 wysłane dziś ".repeat(10).strip();
		String fitted = SmsText.fit(words + " " + LINK);

		assertThat(fitted).endsWith("…\n" + LINK);
		assertThat(fitted.length()).isLessThanOrEqualTo(134);
		assertThat(SmsText.segments(fitted)).isEqualTo(2);
		assertThat(fitted.chars().filter(c -> Character.isHighSurrogate((char) c)).count())
			.isEqualTo(fitted.chars().filter(c -> Character.isLowSurrogate((char) c)).count());
	}

	@Test
	void cutsATextWithoutALinkToo() {
		String fitted = SmsText.fit("word ".repeat(100));
		assertThat(fitted).endsWith("word...");
		assertThat(SmsText.segments(fitted)).isEqualTo(2);
	}

}
