package org.aftersale.notifications.templates;

import java.util.Locale;
import java.util.stream.Stream;

import org.aftersale.notifications.Channel;
import org.aftersale.notifications.ComposedMessage;
import org.aftersale.notifications.Trigger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every trigger's default message renders in every channel and language, with real words
 * (no missing key, no Liquid left over) and the tracking link.
 */
class TemplateDefaultsTests {

	static Stream<Arguments> everyDefault() {
		return Stream.of(Trigger.values())
			.flatMap(trigger -> Stream.of(Channel.values())
				.flatMap(channel -> TemplateLanguage.SUPPORTED.stream()
					.map(language -> Arguments.of(trigger, channel, language))));
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@MethodSource("everyDefault")
	void rendersTheDefault(Trigger trigger, Channel channel, Locale language) {
		TemplateTexts texts = new TemplateTexts(TemplateFixtures.messages(), language);
		TemplateSources sources = DefaultTemplates.of(trigger, channel, texts);

		ComposedMessage message = TemplateFixtures.render(sources, channel, language,
				TemplateFixtures.facts("Ana", trigger.aboutShipment()));

		assertThat(message.text()).doesNotContain("notifications.", "{{", "{%").contains("#1001");
		if (channel == Channel.SMS) {
			assertThat(message.html()).isNull();
			assertThat(message.text()).doesNotContain("\n");
			return;
		}
		assertThat(message.subject()).isNotBlank()
			.doesNotContain("notifications.", "{{")
			.contains(trigger == Trigger.FOLLOW_UP ? "" : "#1001");
		assertThat(message.text()).contains(TemplateFixtures.LINK, "Organic T-shirt");
		assertThat(message.html()).doesNotContain("notifications.", "{{", "{%", "tracking.")
			.contains(TemplateFixtures.LINK, "Organic T-shirt", "Demo &amp; Co", "https://shop.example/tshirt.jpg",
					"max-width:600px");
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("everyDefaultEmail")
	void rendersTheDefaultWithHostileDataSafelyWithoutTheSanitizer(Trigger trigger, Locale language) {
		TemplateTexts texts = new TemplateTexts(TemplateFixtures.messages(), language);
		TemplateSources sources = DefaultTemplates.of(trigger, Channel.EMAIL, texts);
		MessageFacts hostile = TemplateFixtures.hostileFacts(trigger.aboutShipment());

		String ours = TemplateFixtures.render(sources, Channel.EMAIL, language, hostile, true).html();
		String sanitized = TemplateFixtures.render(sources, Channel.EMAIL, language, hostile, false).html();

		assertThat(ours).doesNotContainPattern("(?i)<(script|iframe|svg)")
			.doesNotContainPattern("(?i)<img[^>]*src=x")
			.doesNotContainPattern("(?i)<[^>]*\\son[a-z]+\\s*=")
			.doesNotContainPattern("(?i)(href|src)=\"\\s*(javascript|data):")
			.contains("&lt;script&gt;");
		// Nothing the sanitizer would take away: the same elements (it adds the tbody
		// that
		// an HTML parser infers in a table anyway) and attributes.
		java.util.Map<String, Long> sanitizedElements = markup(sanitized, "<([a-zA-Z0-9]+)");
		sanitizedElements.remove("tbody");
		assertThat(markup(ours, "<([a-zA-Z0-9]+)")).isEqualTo(sanitizedElements);
		assertThat(markup(ours, "\\s([a-zA-Z-]+)=\"")).isEqualTo(markup(sanitized, "\\s([a-zA-Z-]+)=\""));
	}

	static Stream<Arguments> everyDefaultEmail() {
		return Stream.of(Trigger.values())
			.flatMap(trigger -> TemplateLanguage.SUPPORTED.stream().map(language -> Arguments.of(trigger, language)));
	}

	private static java.util.Map<String, Long> markup(String html, String pattern) {
		java.util.Map<String, Long> counts = new java.util.TreeMap<>();
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(pattern).matcher(html);
		while (matcher.find()) {
			counts.merge(matcher.group(1).toLowerCase(java.util.Locale.ROOT), 1L, Long::sum);
		}
		return counts;
	}

}
