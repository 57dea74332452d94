package org.aftersale.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts Chromium once per test class through Playwright and hands each test method
 * parameter of type {@link Page} a page in its own browser context, so two parameters are
 * two separate sign-ins. Everything is closed when its test or class ends.
 */
public class BrowserExtension implements BeforeAllCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserExtension.class);

	private static final double TIMEOUT_MILLIS = 15_000;

	private static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");

	record Session(Playwright playwright, Browser browser) implements AutoCloseable {

		@Override
		public void close() {
			browser.close();
			playwright.close();
		}

	}

	record Context(BrowserContext context) implements AutoCloseable {

		@Override
		public void close() {
			context.close();
		}

	}

	@Override
	public void beforeAll(ExtensionContext context) {
		session(context);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
		return parameter.getParameter().getType() == Page.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
		BrowserContext browserContext = session(extension).browser().newContext();
		browserContext.setDefaultTimeout(TIMEOUT_MILLIS);
		extension.getStore(NAMESPACE).put("context-" + parameter.getIndex(), new Context(browserContext));
		return browserContext.newPage();
	}

	private static Session session(ExtensionContext context) {
		ExtensionContext classContext = context.getTestClass().isPresent() && context.getTestMethod().isPresent()
				? context.getParent().orElse(context) : context;
		return classContext.getStore(NAMESPACE).getOrComputeIfAbsent("session", key -> start(), Session.class);
	}

	// Debian's Chromium where it is installed (Playwright's download is refused on some
	// networks); elsewhere Playwright fetches its own build on first use.
	private static Session start() {
		BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--no-first-run"));
		Playwright playwright;
		if (Files.isExecutable(SYSTEM_CHROMIUM)) {
			playwright = Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			options.setExecutablePath(SYSTEM_CHROMIUM);
		}
		else {
			playwright = Playwright.create();
		}
		return new Session(playwright, playwright.chromium().launch(options));
	}

}
