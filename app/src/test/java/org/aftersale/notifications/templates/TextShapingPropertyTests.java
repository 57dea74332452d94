package org.aftersale.notifications.templates;

import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written text shaping of every message says exactly what its rules, written as
 * patterns here, say: blank lines left by Liquid tags, and which links count as web
 * addresses.
 */
class TextShapingPropertyTests {

	private static final Pattern WEB_ADDRESS = Pattern.compile("^https?://[^\\s]+$", Pattern.CASE_INSENSITIVE);

	@Property(tries = 1000)
	void tidiesLikeItsRules(@ForAll("liquidOutput") String text) {
		String byRules = text.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip() + "\n";

		assertThat(MessageRendering.tidy(text)).isEqualTo(byRules);
	}

	@Property(tries = 1000)
	void knowsWebAddressesLikeItsRule(@ForAll("addresses") String value) {
		assertThat(EmailHtml.isWebAddress(value)).as(value).isEqualTo(WEB_ADDRESS.matcher(value).matches());
	}

	@Provide
	Arbitrary<String> liquidOutput() {
		return Arbitraries
			.oneOf(Arbitraries.of("\n", "\r\n", " ", "\t", "  \n", "\n\n\n", "\u00a0", "\u2003"),
					Arbitraries.strings().withChars("ab. #").ofMaxLength(12))
			.list()
			.ofMaxSize(30)
			.map(list -> String.join("", list));
	}

	@Provide
	Arbitrary<String> addresses() {
		Arbitrary<String> schemes = Arbitraries.of("http://", "https://", "HTTPS://", "hTtP://", "http:/", "https:",
				"httpſ://", "javascript:", "data:", "", "ftp://", "https//");
		Arbitrary<String> rests = Arbitraries.strings().withChars("ab/.:?=&%- \t\n\r\u000b\f\u00a0é").ofMaxLength(15);
		return schemes.flatMap(scheme -> rests.map(rest -> scheme + rest));
	}

}
