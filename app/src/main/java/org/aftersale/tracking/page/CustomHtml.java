package org.aftersale.tracking.page;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Merchant HTML blocks for the shopper page, passed through the OWASP allow-list
 * sanitizer: text formatting, headings, lists, https links (opened with
 * {@code rel="nofollow noopener"}) and https images. Everything else, scripts, event
 * handlers, iframes, forms, styles and other URL schemes, is removed, not escaped, so a
 * paste from a page builder degrades to its text.
 */
public final class CustomHtml {

	public static final int MAX_LENGTH = 20_000;

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder().allowCommonInlineFormattingElements()
		.allowCommonBlockElements()
		.allowElements("a", "img", "br", "hr", "blockquote", "ul", "ol", "li", "small", "mark")
		.allowUrlProtocols("https")
		.allowAttributes("href", "title")
		.onElements("a")
		.requireRelsOnLinks("nofollow", "noopener")
		.allowAttributes("src", "alt", "width", "height")
		.onElements("img")
		.toFactory();

	private CustomHtml() {
	}

	public static String sanitize(String html) {
		return POLICY.sanitize(html);
	}

}
