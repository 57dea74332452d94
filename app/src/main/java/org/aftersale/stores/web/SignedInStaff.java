package org.aftersale.stores.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.aftersale.kernel.StoreId;
import org.aftersale.stores.StaffPrincipal;
import org.aftersale.stores.Team;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Replaces the principal kept in the session with a freshly read one, because the session
 * holds a copy of the store's name and the staff member's role taken at sign-in.
 */
@Component
class SignedInStaff {

	private final Team team;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SignedInStaff(Team team) {
		this.team = team;
	}

	void lookAt(StaffPrincipal staff, StoreId storeId, HttpServletRequest request, HttpServletResponse response) {
		StaffPrincipal fresh = team.switchTo(staff, storeId);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}

}
