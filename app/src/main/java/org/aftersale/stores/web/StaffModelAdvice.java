package org.aftersale.stores.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.aftersale.platform.AdminController;
import org.aftersale.stores.StaffPrincipal;
import org.aftersale.stores.Team;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in staff member and the stores they can switch to on every admin page.
 */
@ControllerAdvice(annotations = AdminController.class)
class StaffModelAdvice {

	private final Team team;

	StaffModelAdvice(Team team) {
		this.team = team;
	}

	@ModelAttribute("staff")
	@Nullable StaffPrincipal staff() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff ? staff : null;
	}

	@ModelAttribute("staffStores")
	@Nullable List<Team.StoreChoice> staffStores(HttpServletRequest request) {
		StaffPrincipal staff = staff();
		return staff == null || !request.getRequestURI().startsWith("/admin") ? null : team.storesOf(staff);
	}

}
