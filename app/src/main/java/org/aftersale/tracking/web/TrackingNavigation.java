package org.aftersale.tracking.web;

import org.aftersale.platform.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TrackingNavigation {

	@Bean
	NavItem shipmentsNavItem() {
		return new NavItem("Operations", "Shipments", "/admin/shipments", 20, "ROLE_ANALYST");
	}

	@Bean
	NavItem attentionNavItem() {
		return new NavItem("Operations", "Attention", "/admin/attention", 30, "ROLE_ANALYST");
	}

}
