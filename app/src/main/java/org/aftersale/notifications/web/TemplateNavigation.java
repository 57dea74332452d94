package org.aftersale.notifications.web;

import org.aftersale.platform.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TemplateNavigation {

	@Bean
	NavItem notificationTemplatesNavItem() {
		return new NavItem("Notifications", "Templates", "/admin/notifications/templates", 70, "ROLE_ANALYST");
	}

	@Bean
	NavItem notificationSettingsNavItem() {
		return new NavItem("Notifications", "Message settings", "/admin/notifications/settings", 71, "ROLE_ANALYST");
	}

}
