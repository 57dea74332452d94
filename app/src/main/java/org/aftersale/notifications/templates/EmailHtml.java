package org.aftersale.notifications.templates;

import java.util.regex.Pattern;

import org.owasp.html.CssSchema;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import org.springframework.web.util.HtmlUtils;

/**
 * Turns a rendered HTML body into the e-mail we send: sanitized against an allow-list
 * that keeps what e-mail clients understand (layout tables, inline styles, http(s)
 * images, http(s) and mailto links) and drops everything that runs code, then wrapped in
 * our own document shell. The merchant's template is trusted to design the message, never
 * to script it.
 */
public final class EmailHtml {

	private static final Pattern HTTP_URL = Pattern.compile("^https?://[^\\s]+$", Pattern.CASE_INSENSITIVE);

	private static final Pattern SIZE = Pattern.compile("^\\d{1,4}%?$");

	private static final Pattern COLOR = Pattern.compile("^#?[0-9a-zA-Z]{1,20}$");

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "colgroup", "col", "div",
				"span", "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "s",
				"small", "sub", "sup", "ul", "ol", "li", "a", "img", "blockquote", "center", "pre", "code")
		.allowStyling(CssSchema.union(CssSchema.DEFAULT,
				CssSchema.withProperties(java.util.List.of("max-width", "min-width", "border-radius", "display"))))
		.allowAttributes("align", "valign", "dir", "lang", "title")
		.globally()
		.allowAttributes("width", "height")
		.matching(SIZE)
		.onElements("table", "td", "th", "img", "col")
		.allowAttributes("bgcolor")
		.matching(COLOR)
		.onElements("table", "tr", "td", "th")
		.allowAttributes("border", "cellpadding", "cellspacing")
		.matching(SIZE)
		.onElements("table")
		.allowAttributes("role")
		.matching(Pattern.compile("^presentation$"))
		.onElements("table")
		.allowAttributes("colspan", "rowspan")
		.matching(SIZE)
		.onElements("td", "th")
		.allowAttributes("alt")
		.onElements("img")
		.allowAttributes("src")
		.matching(HTTP_URL)
		.onElements("img")
		.allowUrlProtocols("http", "https", "mailto")
		.allowAttributes("href")
		.onElements("a")
		.allowAttributes("target")
		.matching(Pattern.compile("^_blank$"))
		.onElements("a")
		.toFactory();

	private EmailHtml() {
	}

	/**
	 * Whether a value may go into an {@code href} or {@code src}: only web addresses, the
	 * rule the sanitizer applies to images, since escaping alone does not stop a
	 * {@code javascript:} or {@code data:} URL.
	 */
	static boolean isWebAddress(String value) {
		// By hand rather than by a pattern: every link and image of every message passes
		// here.
		int rest = scheme(value);
		if (rest < 0 || rest == value.length()) {
			return false;
		}
		for (int i = rest; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r') {
				return false;
			}
		}
		return true;
	}

	// Where the rest begins after "http://" or "https://" in any case; -1 for other
	// beginnings.
	private static int scheme(String value) {
		if (value.length() < 7 || !asciiLetter(value, 0, 'h') || !asciiLetter(value, 1, 't')
				|| !asciiLetter(value, 2, 't') || !asciiLetter(value, 3, 'p')) {
			return -1;
		}
		int colon = asciiLetter(value, 4, 's') ? 5 : 4;
		return value.startsWith("://", colon) ? colon + 3 : -1;
	}

	private static boolean asciiLetter(String value, int index, char lower) {
		char c = value.charAt(index);
		return c == lower || c == Character.toUpperCase(lower);
	}

	/** The body with everything outside the allow-list removed. */
	public static String sanitize(String html) {
		return POLICY.sanitize(html);
	}

	/** A complete HTML document around a sanitized body. */
	public static String document(String subject, String sanitizedBody) {
		return """
				<!DOCTYPE html>
				<html>
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s</title>
				</head>
				<body style="margin:0;padding:0;background-color:#f3f4f6;">
				%s
				</body>
				</html>
				""".formatted(HtmlUtils.htmlEscape(subject), sanitizedBody);
	}

}
