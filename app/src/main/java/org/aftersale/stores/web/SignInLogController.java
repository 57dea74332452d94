package org.aftersale.stores.web;

import java.util.List;

import org.aftersale.kernel.StoreId;
import org.aftersale.platform.AdminController;
import org.aftersale.platform.NavItem;
import org.aftersale.stores.SignInLog;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Settings › Sign-ins: the store's staff sign-ins, failures and throttled tries, newest
 * first, for the owner to see who signed in from where and whether someone is guessing.
 */
@AdminController
@PreAuthorize("hasRole('OWNER')")
class SignInLogController {

	static final int PAGE = 50;

	private final SignInLog log;

	SignInLogController(SignInLog log) {
		this.log = log;
	}

	@GetMapping("/admin/settings/sign-ins")
	String show(StoreId storeId, @RequestParam(required = false) @Nullable Long before, Model model) {
		List<SignInLog.Entry> entries = log.of(storeId, before, PAGE + 1);
		boolean more = entries.size() > PAGE;
		List<SignInLog.Entry> shown = more ? entries.subList(0, PAGE) : entries;
		model.addAttribute("entries", shown);
		model.addAttribute("olderThan", more ? shown.get(shown.size() - 1).id() : null);
		model.addAttribute("first", before == null);
		return "stores/sign-ins";
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavItem signInLogNavItem() {
			return new NavItem("Settings", "Sign-ins", "/admin/settings/sign-ins", 135, "ROLE_OWNER");
		}

	}

}
