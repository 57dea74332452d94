package org.aftersale.stores.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.aftersale.kernel.StoreId;
import org.aftersale.stores.StaffPrincipal;
import org.aftersale.stores.Team;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Switches the signed-in staff member to another of their stores, with the role they hold
 * there.
 */
@Controller
class StoreSwitchController {

	private final Team team;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	StoreSwitchController(Team team) {
		this.team = team;
	}

	@PostMapping("/admin/stores/switch")
	String switchStore(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam UUID storeId,
			HttpServletRequest request, HttpServletResponse response) {
		StaffPrincipal switched = team.switchTo(staff, new StoreId(storeId));
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(switched, null, switched.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		return "redirect:/admin/orders";
	}

}
