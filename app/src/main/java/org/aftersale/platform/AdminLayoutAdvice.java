package org.aftersale.platform;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every admin page the navigation the signed-in staff member may see and the path
 * they are on.
 */
@ControllerAdvice(annotations = AdminController.class)
class AdminLayoutAdvice {

	private final List<NavItem> items;

	private final RoleHierarchy roles;

	AdminLayoutAdvice(List<NavItem> items, RoleHierarchy roles) {
		this.items = items.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
		this.roles = roles;
	}

	@ModelAttribute("navSections")
	Map<String, List<NavItem>> navSections(HttpServletRequest request) {
		if (!request.getRequestURI().startsWith("/admin")) {
			return Map.of();
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return Map.of();
		}
		Set<String> held = roles.getReachableGrantedAuthorities(authentication.getAuthorities())
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		return items.stream()
			.filter(item -> held.contains(item.authority()))
			.collect(Collectors.groupingBy(NavItem::section, LinkedHashMap::new, Collectors.toList()));
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

	/**
	 * The menu entry the page belongs to: the longest entry path that is the page's path
	 * or a folder of it, so that a page under "Notifications › Templates" marks only
	 * Templates, and the dashboard at {@code /admin} only itself.
	 */
	@ModelAttribute("activePath")
	String activePath(HttpServletRequest request) {
		String uri = request.getRequestURI();
		String best = "";
		for (NavItem item : items) {
			String path = item.path();
			if ((uri.equals(path) || uri.startsWith(path + "/")) && path.length() > best.length()) {
				best = path;
			}
		}
		return best;
	}

}
