package org.aftersale.stores.web;

import org.aftersale.platform.AdminController;

import org.springframework.web.bind.annotation.GetMapping;

@AdminController
class LoginController {

	@GetMapping("/admin/login")
	String login() {
		return "layout/login";
	}

}
