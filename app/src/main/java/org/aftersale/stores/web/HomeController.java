package org.aftersale.stores.web;

import org.aftersale.stores.StaffPrincipal;
import org.aftersale.stores.StoreDirectory;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The server's address on its own: staff go to the admin; anyone else, on an installation
 * with one store, to its order look-up, which is what a shopper typing the address wants;
 * otherwise to the admin's sign-in.
 */
@Controller
class HomeController {

	private final StoreDirectory stores;

	HomeController(StoreDirectory stores) {
		this.stores = stores;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal @Nullable StaffPrincipal staff) {
		if (staff != null) {
			return "redirect:/admin";
		}
		return stores.onlyStore().map(store -> "redirect:/t/" + store.slug()).orElse("redirect:/admin/login");
	}

}
