package org.aftersale.notifications.web;

import org.aftersale.platform.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MessageLogNavigation {

	@Bean
	NavItem messageLogNavItem() {
		return new NavItem("Operations", "Notifications", "/admin/notifications", 40, "ROLE_ANALYST");
	}

}
