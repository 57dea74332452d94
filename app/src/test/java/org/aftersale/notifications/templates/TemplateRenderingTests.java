package org.aftersale.notifications.templates;

import java.util.Locale;

import org.aftersale.notifications.Channel;
import org.aftersale.notifications.ComposedMessage;
import org.aftersale.notifications.Trigger;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rendering merchant templates safely: escaped data, sanitized HTML, limits and problems
 * with their line.
 */
class TemplateRenderingTests {

	@Test
	void escapesAScriptInTheCustomersNameInTheHtmlButNotInTheText() {
		MessageFacts facts = TemplateFixtures.facts("<script>alert(1)</script>", false);
		TemplateSources sources = new TemplateSources("Hi {{ customer.first_name }}",
				"<p>Hi {{ customer.first_name }} from {{ store.name }}</p>", "Hi {{ customer.first_name }}");

		ComposedMessage message = TemplateFixtures.render(sources, Channel.EMAIL, Locale.ENGLISH, facts);

		assertThat(message.html()).doesNotContain("<script").contains("&lt;script&gt;").contains("Demo &amp; Co");
		assertThat(message.text()).contains("<script>alert(1)</script>");
		assertThat(message.subject()).isEqualTo("Hi <script>alert(1)</script>");
	}

	@Test
	void stripsScriptsAndHandlersFromTheMerchantsHtml() {
		TemplateSources sources = new TemplateSources("Hi",
				"""
						<p style="color:red">Hello</p><script>alert(1)</script>
						<a href="javascript:alert(1)">bad</a><a href="{{ tracking_link }}">Track</a>
						<img src="x" onerror="alert(1)"><img src="https://shop.example/a.png" alt="A">
						<iframe src="https://evil.example"></iframe><table><tr><td style="background-color:#fff">cell</td></tr></table>
						""",
				"text");

		ComposedMessage message = TemplateFixtures.render(sources, Channel.EMAIL, Locale.ENGLISH,
				TemplateFixtures.facts("Ana", false));

		assertThat(message.html()).doesNotContain("<script", "javascript:", "onerror", "<iframe")
			.contains("<p style=\"color:red\">Hello</p>", "href=\"https://shop.example/t/demo/o/abcDEF123\"",
					"src=\"https://shop.example/a.png\"", "<td style=\"background-color:#fff\">cell</td>");
	}

	@Test
	void offersOnlyWebAddressesAsLinksAndImages() {
		MessageFacts shop = TemplateFixtures.facts("Ana", false);
		MessageFacts hostile = new MessageFacts(shop.store(), "javascript:alert(1)", "javascript:alert(3)",
				shop.order(), shop.shipments(), "data:text/html,<script>alert(1)</script>", "JAVASCRIPT:alert(2)");
		TemplateSources sources = new TemplateSources("Hi", "<p>html</p>",
				"[{{ store.url }}][{{ tracking_link }}][{{ unsubscribe_url }}][{{ order.items[0].image_url }}]");

		ComposedMessage message = TemplateFixtures.render(sources, Channel.EMAIL, Locale.ENGLISH, hostile);

		assertThat(message.text()).startsWith("[][][][https://shop.example/tshirt.jpg]");
	}

	@Test
	void reportsTheLineOfAParseError() {
		LiquidTemplates liquid = new LiquidTemplates();

		assertThatThrownBy(() -> liquid.parse("Hello\n{{ order.number }}\n{% if order.number %}no end"))
			.isInstanceOfSatisfying(InvalidTemplateException.class, ex -> {
				assertThat(ex.problem().line()).isEqualTo(3);
				assertThat(ex.problem().describe()).startsWith("line 3: ");
			});
		assertThatThrownBy(() -> liquid.parse("one\ntwo\n{% unknowntag %}")).isInstanceOfSatisfying(
				InvalidTemplateException.class,
				ex -> assertThat(ex.problem().describe()).startsWith("line 3: ").contains("unknowntag"));
	}

	@Test
	void stopsATemplateThatLoopsTooOftenOrGrowsTooLarge() {
		LiquidTemplates liquid = new LiquidTemplates(2_000, 1_000, 10_000);

		assertThatThrownBy(
				() -> liquid.render(liquid.parse("{% for i in (1..100000) %}x{% endfor %}"), java.util.Map.of()))
			.isInstanceOfSatisfying(InvalidTemplateException.class,
					ex -> assertThat(ex.problem().reason()).contains("loops too often"));
		assertThatThrownBy(() -> liquid.render(
				liquid
					.parse("{% for i in (1..500) %}{{ 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' }}{% endfor %}"),
				java.util.Map.of()))
			.isInstanceOf(InvalidTemplateException.class);
	}

	@Test
	void stopsAVariableThatGrowsBeyondTheOutputLimit() {
		LiquidTemplates liquid = new LiquidTemplates(2_000, 1_000, 10_000);

		long started = System.nanoTime();
		assertThatThrownBy(() -> liquid.render(liquid.parse(
				"{% assign s = 'xxxxxxxxxx' %}{% for i in (1..60) %}{% assign s = s | append: s %}{% endfor %}{{ s | size }}"),
				java.util.Map.of()))
			.isInstanceOfSatisfying(InvalidTemplateException.class,
					ex -> assertThat(ex.problem().reason()).contains("variable 's'", "10000"));
		assertThatThrownBy(() -> liquid.render(liquid.parse(
				"{% assign s = 'xxxxxxxxxx' %}{% for i in (1..60) %}{% capture s %}{{ s }}{{ s }}{% endcapture %}{% endfor %}"),
				java.util.Map.of()))
			.isInstanceOfSatisfying(InvalidTemplateException.class,
					ex -> assertThat(ex.problem().reason()).containsAnyOf("variable 's'", "would be too long"));
		assertThatThrownBy(() -> liquid.render(liquid.parse(
				"{% assign a = 'x,y' | split: ',' %}{% for i in (1..60) %}{% assign a = a | concat: a %}{% endfor %}"),
				java.util.Map.of()))
			.isInstanceOfSatisfying(InvalidTemplateException.class,
					ex -> assertThat(ex.problem().reason()).contains("variable 'a'"));
		// Refused as the limit is passed, not when the time runs out.
		assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(2));
		assertThat(liquid.render(liquid.parse("{% assign s = 'ab' | append: 'cd' %}{{ s }}"), java.util.Map.of()))
			.isEqualTo("abcd");
	}

	@Test
	void refusesATemplateLongerThanTheLimit() {
		LiquidTemplates liquid = new LiquidTemplates();

		assertThatThrownBy(() -> liquid.parse("x".repeat(LiquidTemplates.MAX_SOURCE_BYTES + 1))).isInstanceOfSatisfying(
				InvalidTemplateException.class, ex -> assertThat(ex.problem().reason()).contains("longer than 64 kB"));
	}

	@Test
	void escapesThePlainModelIntoTheHtmlModelAsBuildingItForHtmlDoes() {
		for (boolean shipment : new boolean[] { false, true }) {
			for (MessageFacts facts : java.util.List.of(TemplateFixtures.facts("Ana", shipment),
					TemplateFixtures.hostileFacts(shipment))) {
				TemplateTexts texts = new TemplateTexts(TemplateFixtures.messages(), Locale.GERMAN);

				assertThat(MessageModel.escaped(MessageModel.of(facts, texts, false)))
					.isEqualTo(MessageModel.of(facts, texts, true));
			}
		}
	}

	@Test
	void readsNoFilesThroughIncludes() {
		LiquidTemplates liquid = new LiquidTemplates();

		assertThatThrownBy(() -> liquid.render(liquid.parse("{% include '/etc/passwd' %}"), java.util.Map.of()))
			.isInstanceOf(InvalidTemplateException.class);
	}

	@Test
	void showsTheReasonOfAnExceptionInPlainWords() {
		ComposedMessage message = TemplateFixtures.render(
				DefaultTemplates.of(Trigger.EXCEPTION, Channel.EMAIL,
						new TemplateTexts(TemplateFixtures.messages(), Locale.ENGLISH)),
				Channel.EMAIL, Locale.ENGLISH, TemplateFixtures.facts("Ana", true));

		assertThat(message.html()).contains("Your parcel is held at customs", "UPS", "1Z999AA10123456784",
				"Organic T-shirt", "https://shop.example/tshirt.jpg", "October 6, 2026");
		assertThat(message.text()).contains("Your parcel is held at customs", TemplateFixtures.LINK);
	}

}
