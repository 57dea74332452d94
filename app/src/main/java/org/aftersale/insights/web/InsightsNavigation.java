package org.aftersale.insights.web;

import org.aftersale.platform.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class InsightsNavigation {

	@Bean
	NavItem homeNavItem() {
		return new NavItem("Operations", "Home", "/admin", 5, "ROLE_ANALYST");
	}

}
