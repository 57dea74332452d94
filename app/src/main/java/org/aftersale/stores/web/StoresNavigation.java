package org.aftersale.stores.web;

import org.aftersale.platform.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StoresNavigation {

	@Bean
	NavItem storeSettingsNavItem() {
		return new NavItem("Settings", "Store", "/admin/settings/store", 100, "ROLE_ADMIN");
	}

	@Bean
	NavItem apiKeysNavItem() {
		return new NavItem("Settings", "API keys", "/admin/settings/api-keys", 110, "ROLE_ADMIN");
	}

	@Bean
	NavItem teamNavItem() {
		return new NavItem("Settings", "Team", "/admin/settings/team", 120, "ROLE_ADMIN");
	}

	@Bean
	NavItem storesNavItem() {
		return new NavItem("Settings", "Stores", "/admin/stores", 130, "ROLE_OWNER");
	}

}
