package org.aftersale.tracking.page;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CustomCssTests {

	@Test
	void keepsOrdinaryCssAndScopesItToThePage() {
		String css = ".tp-card { border-radius: 0; } h1::after { content: \"}\"; }";

		assertThat(CustomCss.clean(css)).contains(css);
		assertThat(CustomCss.scoped(css)).startsWith("@scope (.tracking-page) {").endsWith("}");
	}

	@Test
	void refusesCssThatCouldLeaveItsScopeOrItsStyleElement() {
		assertThat(CustomCss.clean("a{color:red}} body{display:none")).isEmpty();
		assertThat(CustomCss.clean("a{content:\"{\"}} b{color:red}")).isEmpty();
		assertThat(CustomCss.clean("a{color:red}</style><script>alert(1)</script>")).isEmpty();
		assertThat(CustomCss.clean("/* } */ a{color:red")).isEmpty();
		assertThat(CustomCss.clean("x".repeat(CustomCss.MAX_LENGTH + 1))).isEmpty();
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
