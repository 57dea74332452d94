package org.aftersale.notifications.web;

import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.StoreId;
import org.aftersale.notifications.sms.SmsProviderUpdate;
import org.aftersale.notifications.sms.SmsProviders;
import org.aftersale.platform.AdminController;
import org.aftersale.platform.NavItem;
import org.aftersale.platform.PublicUrl;
import org.aftersale.stores.StoreDirectory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@AdminController
@RequestMapping("/admin/settings/sms")
@PreAuthorize("hasRole('ADMIN')")
class SmsSettingsController {

	/**
	 * What the form shows: the submitted values after a mistake, else the stored ones.
	 */
	record SmsSettingsForm(String accountSid, String fromNumber, String baseUrl) {
	}

	private final SmsProviders providers;

	private final StoreDirectory stores;

	private final PublicUrl publicUrl;

	SmsSettingsController(SmsProviders providers, StoreDirectory stores, PublicUrl publicUrl) {
		this.providers = providers;
		this.stores = stores;
		this.publicUrl = publicUrl;
	}

	@Bean
	static NavItem smsSettingsNavItem() {
		return new NavItem("Settings", "SMS", "/admin/settings/sms", 108, "ROLE_ADMIN");
	}

	@GetMapping
	String page(StoreId storeId, Model model) {
		var provider = providers.find(storeId);
		model.addAttribute("provider", provider.orElse(null));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form",
					provider
						.map(p -> new SmsSettingsForm(p.accountSid(), p.fromNumber(),
								p.baseUrl().equals("https://api.twilio.com") ? "" : p.baseUrl()))
						.orElse(new SmsSettingsForm("", "", "")));
		}
		model.addAttribute("webhookUrl", publicUrl.resolve("/webhooks/sms/" + stores.get(storeId).slug()));
		return "notifications/sms-settings";
	}

	@PostMapping
	String save(StoreId storeId, @RequestParam(required = false) @Nullable String accountSid,
			@RequestParam(required = false) @Nullable String authToken,
			@RequestParam(required = false) @Nullable String fromNumber,
			@RequestParam(required = false) @Nullable String baseUrl, Model model, RedirectAttributes redirect) {
		try {
			providers.save(storeId, new SmsProviderUpdate("twilio", accountSid, authToken, fromNumber, baseUrl), true);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problems", ex.problems());
			model.addAttribute("form", new SmsSettingsForm(text(accountSid), text(fromNumber), text(baseUrl)));
			return page(storeId, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/settings/sms";
	}

	@PostMapping("/remove")
	String remove(StoreId storeId, RedirectAttributes redirect) {
		providers.remove(storeId);
		redirect.addFlashAttribute("removed", true);
		return "redirect:/admin/settings/sms";
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

}
