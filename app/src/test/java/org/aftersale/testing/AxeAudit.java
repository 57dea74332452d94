package org.aftersale.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * axe-core (from the org.webjars.npm:axe-core test dependency: no download at test time)
 * run over shopper pages, reporting their serious and critical violations.
 */
public final class AxeAudit {

	private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

	private static final String SERIOUS_VIOLATIONS = """
			async () => {
			  const result = await axe.run(document, { resultTypes: ['violations'] });
			  return JSON.stringify(result.violations
			    .filter(v => v.impact === 'serious' || v.impact === 'critical')
			    .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', ')));
			}""";

	private AxeAudit() {
	}

	/**
	 * The serious and critical violations of each page, as JSON lists ({@code "[]"} when
	 * there are none), in the order of the URLs. The pages' CSP rightly forbids inline
	 * scripts; only the audit's own browser context may inject axe.
	 */
	public static List<String> seriousViolations(Browser browser, List<String> urls) {
		String axe = script();
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBypassCSP(true))) {
			Page audited = context.newPage();
			return urls.stream().map(url -> {
				audited.navigate(url);
				audited.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
				return (String) audited.evaluate(SERIOUS_VIOLATIONS);
			}).toList();
		}
	}

	private static String script() {
		try (InputStream in = AxeAudit.class.getClassLoader().getResourceAsStream(AXE)) {
			if (in == null) {
				throw new IllegalStateException(AXE + " is not on the test classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
