package org.aftersale.integrations.shopify;

import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.StoreId;
import org.aftersale.platform.AdminController;
import org.aftersale.platform.NavItem;
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
@RequestMapping("/admin/integrations/shopify")
@PreAuthorize("hasRole('ADMIN')")
class ShopifyAdminController {

	private final ShopifyConnector connector;

	private final ShopifyOverview overview;

	ShopifyAdminController(ShopifyConnector connector, ShopifyOverview overview) {
		this.connector = connector;
		this.overview = overview;
	}

	@Bean
	static NavItem shopifyNavItem() {
		return new NavItem("Integrations", "Shopify", "/admin/integrations/shopify", 60, "ROLE_ADMIN");
	}

	@GetMapping
	String page(StoreId storeId, Model model) {
		model.addAttribute("status", overview.of(storeId).orElse(null));
		model.addAttribute("webhookUrl", overview.webhookUrl(storeId));
		return "integrations/shopify";
	}

	@GetMapping("/progress")
	String progress(StoreId storeId, Model model) {
		model.addAttribute("status", overview.of(storeId).orElse(null));
		return "integrations/shopify :: progress";
	}

	@PostMapping
	String connect(StoreId storeId, @RequestParam(required = false) @Nullable String shopDomain,
			@RequestParam(required = false) @Nullable String webhookSecret,
			@RequestParam(required = false) @Nullable String accessToken, Model model, RedirectAttributes redirect) {
		try {
			connector.connect(storeId, new ShopifyConnector.Connect(shopDomain, webhookSecret, accessToken));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problems", ex.problems());
			model.addAttribute("shopDomain", shopDomain);
			return page(storeId, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/integrations/shopify";
	}

}
