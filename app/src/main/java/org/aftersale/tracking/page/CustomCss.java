package org.aftersale.tracking.page;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Merchant CSS for the tracking page. We keep it useful (any selector, any property) but
 * contained: it is placed inside {@code @scope (.tracking-page)}, so it styles only the
 * page's content (and, in the admin, only the preview), never the admin around it.
 * Containment needs the braces to balance, so unbalanced CSS is refused rather than
 * repaired. {@code <} has no use in CSS and is the only way out of a style element, so it
 * is refused too. {@code @import} and {@code url()} pointing at other hosts are removed:
 * they would make every shopper's browser call a third party.
 */
public final class CustomCss {

	public static final int MAX_LENGTH = 10_000;

	private static final Pattern IMPORT = Pattern.compile("@import[^;]*;?", Pattern.CASE_INSENSITIVE);

	private static final Pattern REMOTE_URL = Pattern.compile("url\\(\\s*['\"]?\\s*(?:[a-z][a-z0-9+.-]*:|//)[^)]*\\)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern LEGACY_SCRIPT = Pattern.compile("expression\\s*\\(|javascript:|behavior\\s*:",
			Pattern.CASE_INSENSITIVE);

	private CustomCss() {
	}

	/**
	 * The CSS as it will be stored, or empty when it cannot be contained (too long, a
	 * {@code <}, or braces that do not balance).
	 */
	public static Optional<String> clean(String css) {
		if (css.length() > MAX_LENGTH || css.indexOf('<') >= 0) {
			return Optional.empty();
		}
		String cleaned = REMOTE_URL.matcher(IMPORT.matcher(css).replaceAll("")).replaceAll("none");
		cleaned = LEGACY_SCRIPT.matcher(cleaned).replaceAll("");
		return balanced(cleaned) ? Optional.of(cleaned.strip()) : Optional.empty();
	}

	/** Stored CSS wrapped so it applies only inside the page. Empty for empty CSS. */
	public static String scoped(String cleaned) {
		return cleaned.isBlank() ? "" : "@scope (.tracking-page) {\n" + cleaned + "\n}";
	}

	// Counts braces the way a CSS parser sees them: not inside comments or strings, and
	// not when escaped with a backslash.
	static boolean balanced(String css) {
		int depth = 0;
		char quote = 0;
		for (int i = 0; i < css.length(); i++) {
			char c = css.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (quote != 0) {
				if (c == quote) {
					quote = 0;
				}
				else if (c == '\n') {
					return false;
				}
			}
			else if (c == '"' || c == '\'') {
				quote = c;
			}
			else if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
				int end = css.indexOf("*/", i + 2);
				if (end < 0) {
					return false;
				}
				i = end + 1;
			}
			else if (c == '{') {
				depth++;
			}
			else if (c == '}' && --depth < 0) {
				return false;
			}
		}
		return depth == 0 && quote == 0;
	}

}
