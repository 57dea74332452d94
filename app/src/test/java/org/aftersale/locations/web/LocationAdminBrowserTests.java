package org.aftersale.locations.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.aftersale.testing.AdminSession;
import org.aftersale.testing.BrowserExtension;
import org.aftersale.testing.InitialCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class LocationAdminBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Test
	void addsAWarehouseShowsMistakesBesideTheirFieldsChangesAndRemovesIt(Page page) {
		String name = "Depot " + java.util.UUID.randomUUID().toString().substring(0, 8);
		AdminSession.signIn(page, port, InitialCredentials.of(environment));
		page.navigate(AdminSession.url(port, "/admin/settings/locations"));
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Locations").setExact(true)))
			.hasAttribute("aria-current", "page");

		page.getByLabel("Name").fill(name);
		page.getByLabel("Street and number").fill("1200 Industrial Way");
		page.getByLabel("City").fill("Reno");
		page.getByLabel("Region or state (optional)").fill("NV");
		page.getByLabel("Postal code").fill("89502");
		page.getByLabel("Country code").fill("XX");
		page.getByLabel("Opening hours").fill("mon 08:00-16:00, tue 18:00-09:00");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add location")).click();

		assertThat(page.locator("#location-country ~ .field-error"))
			.hasText("must be an ISO 3166-1 alpha-2 country code");
		assertThat(page.locator("#location-hours ~ .field-error")).hasText("on tue, closing must come after opening");
		// What was typed stays.
		assertThat(page.getByLabel("City")).hasValue("Reno");

		page.getByLabel("Country code").fill("US");
		page.getByLabel("Opening hours").fill("mon 08:00-16:00, sat 09:00-12:00");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add location")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText(name + " was added.");
		Locator row = page.locator("table.locations tbody tr", new Page.LocatorOptions().setHasText(name));
		// Nevada's own zone, from its state.
		assertThat(row).containsText("America/Los_Angeles");
		assertThat(row).containsText("Yes");

		row.getByRole(AriaRole.LINK).click();
		assertThat(page.getByLabel("Opening hours")).hasValue("mon 08:00-16:00, sat 09:00-12:00");
		page.getByLabel("Name").fill("Reno " + name);
		page.getByText("Takes returns").click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Saved.");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Reno " + name))).isVisible();
		assertThat(page.getByLabel("Takes returns: parcels may be sent here and shoppers may bring items back")).not()
			.isChecked();

		page.onDialog(dialog -> dialog.accept());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove location")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Reno " + name + " was removed.");
		assertThat(page.locator("table.locations", new Page.LocatorOptions().setHasText("Reno " + name))).hasCount(0);
	}

}
