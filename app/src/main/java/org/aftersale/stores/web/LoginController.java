package org.aftersale.stores.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	@GetMapping("/admin/login")
	String login() {
		return "layout/login";
	}

	@GetMapping({ "/admin", "/admin/" })
	String home() {
		return "redirect:/admin/orders";
	}

}
