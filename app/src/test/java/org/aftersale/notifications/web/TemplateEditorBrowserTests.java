package org.aftersale.notifications.web;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import org.aftersale.orders.OrderFixtures;
import org.aftersale.testing.AdminSession;
import org.aftersale.testing.ApiClient;
import org.aftersale.testing.BrowserExtension;
import org.aftersale.testing.InitialCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ContextConfiguration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The merchant edits a message in Chromium: live preview against a real order, a problem
 * shown with its line, saving, a test message that arrives, and the message settings.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TemplateMailServer.class)
@ExtendWith(BrowserExtension.class)
class TemplateEditorBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Test
	void editsPreviewsSavesAndSendsATestOfATemplate(Page page) throws Exception {
		InitialCredentials credentials = InitialCredentials.of(environment);
		String number = "#" + (70000 + Math.abs(UUID.randomUUID().hashCode() % 9999));
		ApiClient.Response created = new ApiClient(port, credentials.apiKey()).post("/api/v1/orders",
				OrderFixtures.orderJson(UUID.randomUUID().toString(), number, "shopper@example.com"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		AdminSession.signIn(page, port, credentials);

		page.navigate(AdminSession.url(port, "/admin/notifications/templates"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Shipped, E-mail, en").setExact(true))
			.click();
		assertThat(page.locator("h1")).hasText("Shipped · E-mail · English");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Liquid and HTML")).click();

		page.getByLabel("Preview with order").fill(number);
		page.getByLabel("Subject").fill("On its way: {{ order.number }} for {{ customer.first_name }}");
		// Leaving the field asks for a preview at once, besides the one typing asks for
		// after a pause: on a busy machine a request from the order field's change may
		// otherwise be the last to answer.
		page.getByLabel("Subject").press("Tab");
		// The first preview renders the template engine's first page: slow on a busy
		// machine.
		assertThat(page.locator("#preview-subject")).hasText("On its way: " + number + " for Ana",
				new LocatorAssertions.HasTextOptions().setTimeout(20_000));
		assertThat(page.frameLocator("#preview-frame").locator("body")).containsText("Organic T-shirt");

		Locator html = page.getByLabel("HTML body");
		String original = html.inputValue();
		html.fill("<p>Hello</p>\n<p>{{ order.number }}</p>\n{% if order.number %}never closed");
		assertThat(page.locator("#preview")).containsText("HTML body, line 3:");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save template")).click();
		assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("Not saved");
		assertThat(page.locator("main")).containsText("line 3:");

		page.getByLabel("HTML body").fill(original);
		page.getByLabel("Preview with order").fill(number);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save template")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Template saved.");
		assertThat(page.getByLabel("Subject")).hasValue("On its way: {{ order.number }} for {{ customer.first_name }}");

		page.getByLabel("Preview with order").fill(number);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me a test")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Test sent to " + credentials.adminEmail() + ".");
		await().atMost(Duration.ofSeconds(20)).until(() -> !TemplateMailServer.to(credentials.adminEmail()).isEmpty());
		MimeMessage test = TemplateMailServer.to(credentials.adminEmail()).get(0);
		assertThat(test.getSubject()).isEqualTo("[Test] On its way: " + number + " for Ana");
		assertThat(TemplateMailServer.part(test, "text/html")).contains("Organic T-shirt");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reset to default")).click();
		assertThat(page.getByLabel("Subject")).hasValue("Your order {{ order.number }} is on its way");
	}

	@Test // #17
	void buildsAnEmailInTheSimpleEditorWithoutWritingHtml(Page page) {
		InitialCredentials credentials = InitialCredentials.of(environment);
		String number = "#" + (60000 + Math.abs(UUID.randomUUID().hashCode() % 9999));
		ApiClient.Response created = new ApiClient(port, credentials.apiKey()).post("/api/v1/orders",
				OrderFixtures.orderJson(UUID.randomUUID().toString(), number, "simple@example.com"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		AdminSession.signIn(page, port, credentials);
		page.navigate(AdminSession.url(port, "/admin/notifications/templates/delivered/email/en"));

		assertThat(page.locator(".mode-tabs [aria-current=page]")).hasText("Simple");
		assertThat(page.getByLabel("HTML body")).hasCount(0);
		page.getByLabel("Preview with order").fill(number);
		page.getByLabel("Heading").fill("It's here, {{ customer.first_name }} <3");
		page.getByLabel("Button label").fill("See your parcel");
		page.getByLabel("Totals").uncheck();
		page.getByLabel("Footer").fill("Love, the {{ store.name }} team");

		Locator preview = page.frameLocator("#preview-frame").locator("body");
		assertThat(preview).containsText("It's here, Ana <3");
		assertThat(preview.locator("a", new Locator.LocatorOptions().setHasText("See your parcel"))).hasCount(1);
		assertThat(preview).not().containsText("Subtotal");
		assertThat(preview).containsText("Organic T-shirt");
		assertThat(page.locator("#preview-text")).containsText("See your parcel: ");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save template")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Template saved.");
		assertThat(page.locator(".mode-tabs [aria-current=page]")).hasText("Simple");
		assertThat(page.getByLabel("Heading")).hasValue("It's here, {{ customer.first_name }} <3");
		assertThat(page.getByLabel("Totals")).not().isChecked();
		assertThat(page.getByLabel("Items ordered")).isChecked();

		// The advanced editor shows the Liquid the design made, ready to take further.
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Liquid and HTML")).click();
		// Waits for the whole value: on a busy machine the page may still be arriving.
		assertThat(page.getByLabel("HTML body")).hasValue(Pattern
			.compile(".*It&#39;s here, \\{\\{ customer\\.first_name \\}\\} &lt;3.*See your parcel.*", Pattern.DOTALL));

		// However long the message, the preview scrolls inside its frame, never the page.
		for (int[] size : new int[][] { { 1280, 900 }, { 390, 844 } }) {
			page.setViewportSize(size[0], size[1]);
			page.navigate(AdminSession.url(port, "/admin/notifications/templates/delivered/email/en"));
			assertThat(page.frameLocator("#preview-frame").locator("body")).containsText("See your parcel");
			assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
				.as("no sideways scrolling at %d pixels", size[0])
				.isEqualTo(true);
		}

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reset to default")).click();
		assertThat(page.getByLabel("Heading")).hasValue("Your order has arrived");
	}

	@Test
	void switchesATriggerOffAndOnAgain(Page page) {
		AdminSession.signIn(page, port, InitialCredentials.of(environment));
		page.navigate(AdminSession.url(port, "/admin/notifications/settings"));
		Locator shippedEmail = page.getByLabel("Shipped by E-mail", new Page.GetByLabelOptions().setExact(true));
		assertThat(shippedEmail).isChecked();

		shippedEmail.uncheck();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save message settings")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Message settings saved.");
		assertThat(page.getByLabel("Shipped by E-mail", new Page.GetByLabelOptions().setExact(true))).not().isChecked();

		page.getByLabel("Shipped by E-mail", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("Follow-up after delivery (days)").fill("0");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save message settings")).click();
		assertThat(page.locator("main")).containsText("Enter 1 to 90 days.");

		page.getByLabel("Follow-up after delivery (days)").fill("7");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save message settings")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Message settings saved.");
		assertThat(page.getByLabel("Shipped by E-mail", new Page.GetByLabelOptions().setExact(true))).isChecked();
	}

}
