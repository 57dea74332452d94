package org.aftersale.orders.web;

import org.aftersale.platform.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OrdersNavigation {

	@Bean
	NavItem ordersNavItem() {
		return new NavItem("Operations", "Orders", "/admin/orders", 10, "ROLE_ANALYST");
	}

}
