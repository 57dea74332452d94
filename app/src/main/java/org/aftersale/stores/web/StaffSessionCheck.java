package org.aftersale.stores.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.aftersale.stores.StaffPrincipal;
import org.aftersale.stores.Team;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Re-reads the signed-in staff member's role before each admin request, so that a
 * demotion or removal takes effect at once instead of at the next sign-in. Runs before
 * the controller's method security checks.
 */
@Component
class StaffSessionCheck implements HandlerInterceptor {

	private final Team team;

	private final SignedInStaff signedIn;

	StaffSessionCheck(Team team, SignedInStaff signedIn) {
		this.team = team;
		this.signedIn = signedIn;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof StaffPrincipal staff)) {
			return true;
		}
		Optional<StaffPrincipal> current = team.current(staff);
		if (current.isEmpty()) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			response.sendRedirect(request.getContextPath() + "/admin/login?expired");
			return false;
		}
		StaffPrincipal fresh = current.get();
		if (fresh.role() != staff.role() || !fresh.storeName().equals(staff.storeName())
				|| !fresh.passwordHash().equals(staff.passwordHash())) {
			signedIn.lookAt(staff, staff.storeId(), request, response);
		}
		return true;
	}

}
