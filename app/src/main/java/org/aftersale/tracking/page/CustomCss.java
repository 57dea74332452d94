package org.aftersale.tracking.page;

import java.util.Optional;
import java.util.regex.Pattern;

import com.helger.css.decl.CSSDeclaration;
import com.helger.css.decl.CSSFontFaceRule;
import com.helger.css.decl.CSSKeyframesRule;
import com.helger.css.decl.CSSMediaRule;
import com.helger.css.decl.CSSStyleRule;
import com.helger.css.decl.CascadingStyleSheet;
import com.helger.css.decl.ICSSTopLevelRule;
import com.helger.css.reader.CSSReader;
import com.helger.css.reader.CSSReaderSettings;
import com.helger.css.reader.errorhandler.CollectingCSSParseErrorHandler;
import com.helger.css.writer.CSSWriter;
import com.helger.css.writer.CSSWriterSettings;

/**
 * Merchant CSS for the tracking page. We keep it useful (any selector, any property) but
 * contained: it is parsed with a real CSS parser and written out again from what was
 * parsed, and only style rules, media queries, keyframes and font faces survive; the
 * result is placed inside {@code @scope (.tracking-page)}, so it styles only the page's
 * content (and, in the admin, only the preview), never the admin around it. Because the
 * stored text is the parser's own rendering, nothing the merchant wrote can close the
 * scope early (a brace hidden in an unquoted {@code url()}, an unbalanced string).
 * {@code <} has no use in CSS and is the only way out of a style element, so it is
 * refused. {@code @import}, declarations with {@code url()} pointing at other hosts and
 * legacy script hooks are dropped: they would make every shopper's browser call a third
 * party or run code.
 */
public final class CustomCss {

	public static final int MAX_LENGTH = 10_000;

	private static final Pattern REMOTE_URL = Pattern.compile("url\\(\\s*['\"]?\\s*(?:[a-z][a-z0-9+.-]*:|//)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern LEGACY_SCRIPT = Pattern.compile("expression\\s*\\(|javascript:|behavior|binding",
			Pattern.CASE_INSENSITIVE);

	private CustomCss() {
	}

	/**
	 * The CSS as it will be stored, or empty when it cannot be contained (too long, a
	 * {@code <}, or not CSS a parser reads without errors).
	 */
	public static Optional<String> clean(String css) {
		if (css.length() > MAX_LENGTH || css.indexOf('<') >= 0) {
			return Optional.empty();
		}
		if (css.isBlank()) {
			return Optional.of("");
		}
		CollectingCSSParseErrorHandler errors = new CollectingCSSParseErrorHandler();
		CascadingStyleSheet parsed = CSSReader.readFromStringReader(css,
				new CSSReaderSettings().setBrowserCompliantMode(false).setCustomErrorHandler(errors));
		if (parsed == null || errors.hasParseErrors()) {
			return Optional.empty();
		}
		CascadingStyleSheet kept = new CascadingStyleSheet();
		parsed.getAllRules().forEach(rule -> keep(rule).ifPresent(kept::addRule));
		String written = new CSSWriter(new CSSWriterSettings().setOptimizedOutput(false).setQuoteURLs(true))
			.setWriteHeaderText(false)
			.getCSSAsString(kept)
			.strip();
		return written.indexOf('<') >= 0 ? Optional.empty() : Optional.of(written);
	}

	/** Stored CSS wrapped so it applies only inside the page. Empty for empty CSS. */
	public static String scoped(String cleaned) {
		return cleaned.isBlank() ? "" : "@scope (.tracking-page) {\n" + cleaned + "\n}";
	}

	private static Optional<ICSSTopLevelRule> keep(ICSSTopLevelRule rule) {
		if (rule instanceof CSSStyleRule style) {
			CSSStyleRule safe = new CSSStyleRule();
			style.getAllSelectors().forEach(safe::addSelector);
			style.getAllDeclarations().stream().filter(CustomCss::harmless).forEach(safe::addDeclaration);
			return Optional.of(safe);
		}
		if (rule instanceof CSSMediaRule media) {
			CSSMediaRule safe = new CSSMediaRule();
			media.getAllMediaQueries().forEach(safe::addMediaQuery);
			media.getAllRules().forEach(inner -> keep(inner).ifPresent(safe::addRule));
			return Optional.of(safe);
		}
		if (rule instanceof CSSKeyframesRule || rule instanceof CSSFontFaceRule) {
			return harmless(new CSSWriter(new CSSWriterSettings()).setWriteHeaderText(false).getCSSAsString(rule))
					? Optional.of(rule) : Optional.empty();
		}
		// @import, @namespace, @page, @supports, @scope and anything unknown.
		return Optional.empty();
	}

	private static boolean harmless(CSSDeclaration declaration) {
		return harmless(declaration.getProperty() + ":" + declaration.getExpressionAsCSSString());
	}

	private static boolean harmless(String css) {
		return !REMOTE_URL.matcher(css).find() && !LEGACY_SCRIPT.matcher(css).find();
	}

}
