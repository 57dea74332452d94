package org.aftersale.orders.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.aftersale.orders.OrderFixtures;
import org.aftersale.stores.Invitations;
import org.aftersale.stores.StaffFixtures;
import org.aftersale.stores.StoreFixtures;
import org.aftersale.stores.StoreRole;
import org.aftersale.testing.AdminSession;
import org.aftersale.testing.ApiClient;
import org.aftersale.testing.BrowserExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every action of the order page in a real browser, by an agent of a fresh store: a
 * parcel added with its carrier detected as the number is typed (a failing check digit
 * flagged first), corrected, removed; the shopper's link; a note; a message resent; the
 * order cancelled. Each lands in the timeline with who did it, and the order's status
 * follows its parcels.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "aftersale.notifications.poll=100ms")
@ExtendWith(BrowserExtension.class)
class OrderActionsBrowserTests {

	static final GreenMail SMTP = smtp();

	// UPS numbers from UPS's published examples: the first verifies its check digit, the
	// second differs in the check digit only.
	static final String UPS = "1Z5R89390357567127";

	static final String UPS_MISTYPED = "1Z5R89390357567128";

	static final String USPS = "9400111206206406260787";

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
	}

	@AfterAll
	static void stop() {
		SMTP.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	Invitations invitations;

	@Test
	void anAgentAddsCorrectsAndRemovesAParcelNotesResendsAndCancels(Page page) {
		StoreFixtures.OpenedStore store = StoreFixtures.openStore(environment, port);
		ApiClient api = store.api(port);
		ApiClient.Response created = api.post("/api/v1/orders", OrderFixtures.recentOrderJson());
		org.assertj.core.api.Assertions.assertThat(created.status()).isEqualTo(201);
		String orderId = created.json().get("id").asString();
		StaffFixtures.Member agent = StaffFixtures.join(invitations, store.id(), StoreRole.AGENT);
		AdminSession.signIn(page, port, agent.email(), agent.password());
		page.navigate(AdminSession.url(port, "/admin/orders/" + orderId));

		// The check digit is checked as the number is typed, before anything is saved.
		Locator number = page.getByLabel("Tracking number", new Page.GetByLabelOptions().setExact(true));
		number.fill(UPS_MISTYPED);
		assertThat(page.locator("[data-check-digit-fails]")).containsText("may be mistyped");
		number.fill(UPS);
		assertThat(page.locator("[data-detected=carrier]")).containsText("UPS");
		assertThat(page.locator("[data-detected=carrier]")).containsText("check digit verified");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Add parcel"))
			.click();
		assertThat(page.locator(".alert.success")).containsText("Parcel " + UPS + " added (UPS)");
		assertThat(page.locator("main h1 .badge").first()).hasText("Fulfilled");
		assertThat(page.locator(".shipment.tracked")).containsText(UPS);
		assertThat(page.locator("ol.timeline")).containsText("Parcel " + UPS + " (UPS) added by " + agent.email());

		// A mistyped number is corrected: the parcel is replaced, the order stays
		// fulfilled.
		page.locator(".parcel-actions summary").click();
		page.locator(".parcel-actions input[name=trackingNumber]").fill(USPS);
		page.getByText("Save correction").click();
		assertThat(page.locator(".alert.success")).containsText("corrected to " + USPS);
		assertThat(page.locator(".shipment.tracked")).hasCount(1);
		assertThat(page.locator(".shipment.tracked")).containsText(USPS);
		assertThat(page.locator("main h1 .badge").first()).hasText("Fulfilled");
		assertThat(page.locator("ol.timeline")).containsText("Tracking number " + UPS + " corrected to " + USPS);

		// The shopper's own page: copied or opened from here.
		String link = page.locator("#shopper-link").textContent().strip();
		org.assertj.core.api.Assertions.assertThat(link).startsWith("http");
		assertThat(page.locator("#link-heading ~ p a")).hasAttribute("href", link);
		Page shopper = page.context().newPage();
		shopper.navigate(link);
		assertThat(shopper.locator("body")).containsText(USPS);
		shopper.close();

		page.getByLabel("Add a note for the team").fill("Customer called: leave at the neighbour's.");
		page.getByText("Add note").click();
		assertThat(page.locator("ol.timeline li[data-kind=note]"))
			.containsText(agent.email() + ": Customer called: leave at the neighbour's.");

		// The confirmation went out; resending it makes a new message, logged as manual.
		await().atMost(Duration.ofSeconds(30)).until(() -> SMTP.getReceivedMessages().length >= 1);
		page.reload();
		Locator confirmation = page.locator("table.order-messages tbody tr",
				new Page.LocatorOptions().setHasText("Order confirmed"));
		assertThat(confirmation.first().locator(".badge")).hasText("Sent");
		int before = page.locator("table.order-messages tbody tr").count();
		confirmation.first().getByText("Resend").click();
		assertThat(page.locator(".alert.success")).containsText("is sent again as a new message");
		assertThat(page.locator("table.order-messages tbody tr")).hasCount(before + 1);
		assertThat(page.locator("ol.timeline")).containsText("\"Order confirmed\" to ");
		assertThat(page.locator("ol.timeline")).containsText("resent by " + agent.email());

		// Removed: the order has nothing shipped again.
		page.locator(".parcel-actions summary").click();
		page.getByText("Remove this parcel").click();
		assertThat(page.locator(".alert.success")).containsText("Parcel " + USPS + " removed");
		assertThat(page.locator(".shipment.tracked")).hasCount(0);
		assertThat(page.locator("main h1 .badge").first()).hasText("Open");
		assertThat(page.locator("ol.timeline")).containsText("Parcel " + USPS + " removed by " + agent.email());

		page.getByLabel("Reason (optional)").fill("Customer changed their mind");
		page.getByText("Cancel order").click();
		assertThat(page.locator(".alert.success")).containsText("Order cancelled.");
		assertThat(page.locator("main h1 .badge").first()).hasText("Cancelled");
		assertThat(page.locator("ol.timeline")).containsText("Cancelled (Customer changed their mind)");
		assertThat(page.locator("ol.timeline")).containsText("Cancelled in the admin by " + agent.email());
		assertThat(page.locator("form.add-parcel")).hasCount(0);
	}

	@Test
	void anAnalystSeesTheOrderWithoutItsActions(Page page) {
		StoreFixtures.OpenedStore store = StoreFixtures.openStore(environment, port);
		ApiClient.Response created = store.api(port).post("/api/v1/orders", OrderFixtures.recentOrderJson());
		String orderId = created.json().get("id").asString();
		StaffFixtures.Member analyst = StaffFixtures.join(invitations, store.id(), StoreRole.ANALYST);
		AdminSession.signIn(page, port, analyst.email(), analyst.password());

		page.navigate(AdminSession.url(port, "/admin/orders/" + orderId));
		assertThat(page.locator("main h1")).isVisible();
		assertThat(page.locator("form.add-parcel, form.note-form, #cancel-heading")).hasCount(0);
		// And the actions themselves refuse them.
		com.microsoft.playwright.APIResponse refused = page.request()
			.post(AdminSession.url(port, "/admin/orders/" + orderId + "/notes"),
					com.microsoft.playwright.options.RequestOptions.create()
						.setHeader(page.locator("meta[name=csrf-header]").getAttribute("content"),
								page.locator("meta[name=csrf-token]").getAttribute("content"))
						.setForm(com.microsoft.playwright.options.FormData.create().set("note", "hello")));
		org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo(403);
	}

	private static GreenMail smtp() {
		int free;
		try (ServerSocket socket = new ServerSocket(0)) {
			free = socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		GreenMail mail = new GreenMail(new ServerSetup(free, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		mail.start();
		return mail;
	}

}
