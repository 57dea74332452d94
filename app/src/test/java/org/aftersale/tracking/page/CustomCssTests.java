package org.aftersale.tracking.page;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CustomCssTests {

	@Test
	void keepsOrdinaryCssAndScopesItToThePage() {
		String css = ".tp-card { border-radius: 0; } h1::after { content: \"}\"; }";

		assertThat(CustomCss.clean(css)).hasValueSatisfying(cleaned -> assertThat(cleaned.replaceAll("\\s+", ""))
			.isEqualTo(".tp-card{border-radius:0;}h1::after{content:\"}\";}"));
		assertThat(CustomCss.scoped(css)).startsWith("@scope (.tracking-page) {").endsWith("}");
	}

	@Test
	void refusesCssThatCouldLeaveItsStyleElementAndReEmitsTheRestWhole() {
		assertThat(CustomCss.clean("a{color:red}</style><script>alert(1)</script>")).isEmpty();
		assertThat(CustomCss.clean("x".repeat(CustomCss.MAX_LENGTH + 1))).isEmpty();
		for (String hostile : new String[] { "a{color:red}} body{display:none", "a{content:\"{\"}} b{color:red}",
				"/* } */ a{color:red", "x{background:url({)}} body{display:none}", "a{b:c}}}}}} d{e:f}" }) {
			// Whatever survives is the parser's own rendering: reading it again changes
			// nothing, so no brace of the merchant's can end the page's scope.
			CustomCss.clean(hostile).ifPresent(css -> assertThat(CustomCss.clean(css)).as(hostile).contains(css));
		}
	}

	@Test // #16
	void keepsABraceInAnUnquotedUrlFromClosingTheScope() {
		// A brace counter saw "x{background:url({)}}" as balanced; a browser reads the
		// url
		// token whole, so the second } closed the page's @scope and "body" escaped it.
		String css = CustomCss.clean("x{background:url({)}} body{display:none}").orElseThrow();

		assertThat(css).contains("url('{')").contains("body");
		assertThat(CustomCss.scoped(css).replaceAll("\\s+", "")).startsWith("@scope(.tracking-page){x{")
			.endsWith("body{display:none;}}");
	}

	@Test // #16
	void keepsMediaQueriesAndKeyframesAndDropsEveryOtherAtRule() {
		String cleaned = CustomCss
			.clean("@media (max-width: 600px) { .tp-card { padding: 0; } } "
					+ "@keyframes pulse { from { opacity: 1; } to { opacity: .5; } } "
					+ "@page { margin: 0; } .a { color: red; }")
			.orElseThrow();

		assertThat(cleaned).contains("@media", "max-width", "@keyframes pulse", ".a").doesNotContain("@page");
		assertThat(CustomCss.clean("@namespace svg url(http://www.w3.org/2000/svg); .a { color: red; }"))
			.contains(".a { color:red; }");
	}

	@Test
	void removesImportsAndRemoteUrls() {
		String cleaned = CustomCss
			.clean("@import url(https://evil.example/x.css); .a{background:url('https://tracker.example/p.gif')} "
					+ ".b{background:url(//cdn.example/i.png)} .c{width:expression(alert(1))}")
			.orElseThrow();

		assertThat(cleaned).doesNotContain("@import")
			.doesNotContain("evil")
			.doesNotContain("tracker")
			.doesNotContain("cdn.example")
			.doesNotContain("expression(");
	}

}
