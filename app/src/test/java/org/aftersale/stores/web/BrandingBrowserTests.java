package org.aftersale.stores.web;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.aftersale.testing.AdminSession;
import org.aftersale.testing.BrowserExtension;
import org.aftersale.testing.InitialCredentials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * One brand, readable: a colour too light for white text is saved with a warning and the
 * shopper's page writes dark text on it; an uploaded logo is re-encoded, served by
 * Aftersale and linked by a relative address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class BrandingBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	private Page last;

	@Test
	void acceptsALowContrastColourWithAWarningAndShowsAnUploadedLogo(Page page) throws Exception {
		last = page;
		InitialCredentials credentials = InitialCredentials.of(environment);
		AdminSession.signIn(page, port, credentials);
		page.navigate(AdminSession.url(port, "/admin/settings/store"));
		assertThat(page.locator("#contrast-warnings .alert")).hasCount(0);

		page.getByLabel("Brand colour").fill("#ffd84d");
		assertThat(page.locator("#contrast-warnings")).containsText("Brand colour #ffd84d has a contrast of 1.4:1");
		page.getByLabel("Upload a logo").setInputFiles(new FilePayload("logo.png", "image/png", wideLogo()));
		assertThat(page.locator("#logo-preview")).isVisible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings")).click();

		assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Store settings saved.");
		assertThat(page.locator("#contrast-warnings")).containsText("Text on it is written in dark grey");
		String logo = page.getByLabel("…or its address").inputValue();
		org.assertj.core.api.Assertions.assertThat(logo).matches("/images/[0-9a-f-]{36}\\.png");

		HttpResponse<byte[]> served = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + logo)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		org.assertj.core.api.Assertions.assertThat(served.statusCode()).isEqualTo(200);
		org.assertj.core.api.Assertions.assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
		org.assertj.core.api.Assertions.assertThat(served.headers().firstValue("Cache-Control").orElse(""))
			.contains("immutable");
		BufferedImage stored = ImageIO.read(new ByteArrayInputStream(served.body()));
		// Scaled into the logo's 800 × 320 box, proportions kept.
		org.assertj.core.api.Assertions.assertThat(stored.getWidth()).isEqualTo(800);
		org.assertj.core.api.Assertions.assertThat(stored.getHeight()).isEqualTo(200);

		page.navigate(AdminSession.url(port, "/t/" + credentials.storeSlug()));
		assertThat(page.locator(".tp-header")).hasCSS("background-color", "rgb(255, 216, 77)");
		assertThat(page.locator(".tp-header")).hasCSS("color", "rgb(17, 24, 39)");
		assertThat(page.locator(".tp-header img.tp-logo")).hasAttribute("src", logo);
		org.assertj.core.api.Assertions
			.assertThat(page.locator(".tp-header img.tp-logo").evaluate("img => img.complete && img.naturalWidth"))
			.isEqualTo(800);
		// Links in the brand colour use its darker, readable shade.
		String ink = (String) page.evaluate(
				"() => getComputedStyle(document.querySelector('.tracking-page')).getPropertyValue('--brand-ink').trim()");
		org.assertj.core.api.Assertions.assertThat(org.aftersale.stores.BrandPalette.contrast(ink, "#ffffff"))
			.isGreaterThanOrEqualTo(4.5);
	}

	@Test
	void refusesAFileThatIsNotAnImage(Page page) {
		last = page;
		AdminSession.signIn(page, port, InitialCredentials.of(environment));
		page.navigate(AdminSession.url(port, "/admin/settings/store"));
		page.getByLabel("Upload a logo")
			.setInputFiles(new FilePayload("logo.svg", "image/svg+xml",
					"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".getBytes()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings")).click();
		assertThat(page.locator("#logoFile + .help + .field-error")).hasText("must be a PNG, JPEG or GIF image");
	}

	// Other tests of this context expect the default look.
	@AfterEach
	void restoreTheDefaultLook() {
		if (last == null) {
			return;
		}
		last.navigate(AdminSession.url(port, "/admin/settings/store"));
		last.getByLabel("Brand colour").fill("#1f4fd1");
		last.getByLabel("…or its address").fill("");
		last.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings")).click();
		assertThat(last.getByRole(AriaRole.STATUS).first()).hasText("Store settings saved.");
	}

	private static byte[] wideLogo() throws IOException {
		BufferedImage image = new BufferedImage(1600, 400, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(20, 40, 120, 255));
		g.fillOval(40, 40, 320, 320);
		g.fillRect(420, 150, 1100, 100);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		// What follows the image's end is not part of it and must not survive.
		out.write("<script>alert(1)</script>".getBytes());
		return out.toByteArray();
	}

}
