package org.aftersale.integrations.csv;

import java.io.IOException;

import org.aftersale.kernel.StoreId;
import org.aftersale.platform.AdminController;
import org.aftersale.platform.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

@AdminController
@RequestMapping("/admin/orders/import")
@PreAuthorize("hasRole('AGENT')")
class OrderImportPageController {

	private final OrderImport orderImport;

	OrderImportPageController(OrderImport orderImport) {
		this.orderImport = orderImport;
	}

	@Bean
	static NavItem orderImportNavItem() {
		return new NavItem("Operations", "Import orders", "/admin/orders/import", 15, "ROLE_AGENT");
	}

	@GetMapping
	String form() {
		return "integrations/orders-import";
	}

	@PostMapping
	String upload(StoreId storeId, @RequestParam("file") MultipartFile file, Model model) throws IOException {
		if (file.isEmpty()) {
			model.addAttribute("problem", "Choose a CSV file exported from Shopify (Orders → Export).");
			return form();
		}
		model.addAttribute("report", orderImport.run(storeId, file.getInputStream()));
		model.addAttribute("fileName", file.getOriginalFilename());
		return form();
	}

}
