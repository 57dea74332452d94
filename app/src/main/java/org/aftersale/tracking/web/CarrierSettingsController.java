package org.aftersale.tracking.web;

import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.StoreId;
import org.aftersale.platform.AdminController;
import org.aftersale.platform.NavItem;
import org.aftersale.tracking.polling.CarrierAccounts;
import org.aftersale.tracking.polling.CarrierSettingsUpdate;
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
@RequestMapping("/admin/settings/carriers")
@PreAuthorize("hasRole('ADMIN')")
class CarrierSettingsController {

	private final CarrierAccounts accounts;

	CarrierSettingsController(CarrierAccounts accounts) {
		this.accounts = accounts;
	}

	@Bean
	static NavItem carrierSettingsNavItem() {
		return new NavItem("Settings", "Carriers", "/admin/settings/carriers", 105, "ROLE_ADMIN");
	}

	@GetMapping
	String page(StoreId storeId, Model model) {
		model.addAttribute("accounts", accounts.list(storeId));
		return "tracking/settings-carriers";
	}

	@PostMapping
	String save(StoreId storeId, @RequestParam String carrier,
			@RequestParam(required = false) @Nullable String clientId,
			@RequestParam(required = false) @Nullable String clientSecret,
			@RequestParam(required = false) @Nullable String apiKey,
			@RequestParam(required = false) @Nullable String accountNumber,
			@RequestParam(defaultValue = "false") boolean enabled, Model model, RedirectAttributes redirect) {
		try {
			accounts.save(storeId, carrier,
					new CarrierSettingsUpdate(clientId, clientSecret, apiKey, accountNumber, enabled));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problems", ex.problems());
			model.addAttribute("failedCarrier", carrier);
			return page(storeId, model);
		}
		redirect.addFlashAttribute("saved", carrier);
		return "redirect:/admin/settings/carriers";
	}

}
