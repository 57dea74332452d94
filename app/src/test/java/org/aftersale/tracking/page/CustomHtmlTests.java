package org.aftersale.tracking.page;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CustomHtmlTests {

	@Test
	void keepsFormattingHttpsLinksAndHttpsImages() {
		String html = CustomHtml.sanitize("<h2>Hello</h2><p>Free <strong>returns</strong> <em>now</em></p>"
				+ "<a href=\"https://example.com/r\">Returns</a><img src=\"https://example.com/b.png\" alt=\"Badge\">");

		assertThat(html).contains("<h2>Hello</h2>")
			.contains("<strong>returns</strong>")
			.contains("href=\"https://example.com/r\"")
			.contains("rel=\"nofollow noopener\"")
			.contains("src=\"https://example.com/b.png\"");
	}

	@Test
	void removesScriptsHandlersFramesAndOtherSchemes() {
		String html = CustomHtml.sanitize("<script>alert(1)</script><img src=x onerror=alert(1)>"
				+ "<iframe src=\"https://example.com\"></iframe><a href=\"javascript:alert(1)\">x</a>"
				+ "<a href=\"http://example.com\">plain</a><p style=\"position:fixed\" onclick=\"alert(1)\">t</p>"
				+ "<form action=\"https://example.com\"><input name=q></form><svg onload=alert(1)></svg>");

		assertThat(html).doesNotContainIgnoringCase("script")
			.doesNotContainIgnoringCase("onerror")
			.doesNotContainIgnoringCase("iframe")
			.doesNotContain("javascript:")
			.doesNotContain("http://")
			.doesNotContain("onclick")
			.doesNotContain("style=")
			.doesNotContain("<form")
			.doesNotContain("<svg")
			.doesNotContain("<input");
	}

}
