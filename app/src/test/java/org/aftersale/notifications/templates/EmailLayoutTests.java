package org.aftersale.notifications.templates;

import java.util.EnumSet;
import java.util.Locale;

import org.aftersale.notifications.Channel;
import org.aftersale.notifications.ComposedMessage;
import org.aftersale.notifications.Trigger;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared e-mail layout: totals that add up, the carrier's own words when a delivery
 * goes wrong, the address as its country writes it, the store's readable colours, and the
 * simple editor's designs written into it.
 */
class EmailLayoutTests {

	private final TemplateTexts english = new TemplateTexts(TemplateFixtures.messages(), Locale.ENGLISH);

	@Test
	void showsEveryTotalThatMeansSomething() {
		ComposedMessage message = render(DefaultTemplates.of(Trigger.SHIPPED, Channel.EMAIL, english),
				TemplateFixtures.facts("Ana", true));

		assertThat(message.html()).contains("Subtotal", "€51.80", "Shipping", "€4.90", "Tax", "€9.05", "Total",
				"€56.70");
		// No discount was given: no row saying "Discount −€0.00".
		assertThat(message.html()).doesNotContain("Discount");
		assertThat(message.text()).contains("Subtotal: €51.80", "Shipping: €4.90", "Tax: €9.05", "Total: €56.70");
	}

	@Test
	void quotesWhatTheCarrierSaidWhenADeliveryWentWrong() {
		ComposedMessage message = render(DefaultTemplates.of(Trigger.EXCEPTION, Channel.EMAIL, english),
				TemplateFixtures.facts("Ana", true));

		assertThat(message.html()).contains("What the carrier said: “Held by customs”");
		assertThat(message.text()).contains("What the carrier said: “Held by customs”");
	}

	@Test
	void writesTheAddressAsItsCountryDoes() {
		ComposedMessage message = render(DefaultTemplates.of(Trigger.SHIPPED, Channel.EMAIL, english),
				TemplateFixtures.facts("Ana", false));

		// Germany: postal code before the city, the country last.
		assertThat(message.text()).contains("Ana Souza\nTorstraße 1\n10119 Berlin\nGermany");
		assertThat(message.html()).contains("Torstraße 1<br />10119 Berlin<br />Germany");
	}

	@Test
	void leavesNoEmptyImageColumnWhenNoItemHasAPicture() {
		TemplateSources layout = DefaultTemplates.of(Trigger.SHIPPED, Channel.EMAIL, english);
		ComposedMessage withPictures = render(layout, TemplateFixtures.facts("Ana", false));
		assertThat(withPictures.html()).contains("width=\"64\"");

		ComposedMessage without = render(layout, TemplateFixtures.factsWithoutImages());
		assertThat(without.html()).doesNotContain("width=\"64\"").contains("Organic T-shirt");
	}

	@Test
	void usesTheStoresReadableColoursAndFont() {
		ComposedMessage message = render(DefaultTemplates.of(Trigger.SHIPPED, Channel.EMAIL, english),
				TemplateFixtures.facts("Ana", false));

		assertThat(message.html()).contains("background-color:#1f4fd1", "color:#ffffff", "system-ui")
			.contains("src=\"https://shop.example/logo.png\"");
	}

	@Test
	void writesADesignIntoTheLayoutWithTheMerchantsMarkupAsText() {
		TemplateDesign design = new TemplateDesign("Here: {{ order.number }}", "<b>Hi</b> {{ customer.first_name }}",
				"Line one\nLine two & more", "Open it", "Thanks for shopping",
				EnumSet.of(TemplateDesign.Block.SHIPMENTS, TemplateDesign.Block.ITEMS));

		ComposedMessage message = render(DefaultTemplates.of(design), TemplateFixtures.facts("Ana", true));

		assertThat(message.subject()).isEqualTo("Here: #1001");
		assertThat(message.html())
			.contains("&lt;b&gt;Hi&lt;/b&gt; Ana", "Line one<br />Line two &amp; more", ">Open it</a>",
					"Thanks for shopping", "Organic T-shirt")
			.doesNotContain("Subtotal", "Shipping to");
		assertThat(message.text()).contains("<b>Hi</b> Ana", "Open it: https://shop.example/t/demo/o/abcDEF123")
			.doesNotContain("Subtotal", "Shipping to");
	}

	@Test
	void theDefaultDesignMakesTheDefaultTemplate() {
		assertThat(DefaultTemplates.of(DefaultTemplates.design(Trigger.DELIVERED, english)))
			.isEqualTo(DefaultTemplates.of(Trigger.DELIVERED, Channel.EMAIL, english));
	}

	// Rendered as the dispatcher does: a design is the merchant's, sanitized like any
	// template of theirs; that passes our defaults' markup unchanged.
	private static ComposedMessage render(TemplateSources sources, MessageFacts facts) {
		return TemplateFixtures.render(sources, Channel.EMAIL, Locale.ENGLISH, facts, false);
	}

}
