package org.aftersale.stores.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.aftersale.kernel.StoreId;
import org.aftersale.platform.AdminController;
import org.aftersale.stores.StaffPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Switches the signed-in staff member to another of their stores, with the role they hold
 * there.
 */
@AdminController
class StoreSwitchController {

	private final SignedInStaff signedIn;

	StoreSwitchController(SignedInStaff signedIn) {
		this.signedIn = signedIn;
	}

	@PostMapping("/admin/stores/switch")
	String switchStore(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam UUID storeId,
			HttpServletRequest request, HttpServletResponse response) {
		signedIn.lookAt(staff, new StoreId(storeId), request, response);
		return "redirect:/admin";
	}

}
