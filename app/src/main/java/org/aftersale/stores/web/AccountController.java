package org.aftersale.stores.web;

import java.util.Map;

import org.aftersale.kernel.InvalidInputException;
import org.aftersale.platform.AdminController;
import org.aftersale.stores.StaffPrincipal;
import org.aftersale.stores.Team;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in staff member's own account: who they are and their password. Passwords
 * are never put back into the form after an error.
 */
@AdminController
class AccountController {

	private final Team team;

	AccountController(Team team) {
		this.team = team;
	}

	@GetMapping("/admin/account")
	String show(Model model) {
		model.addAttribute("errors", FieldErrors.none());
		return "stores/account";
	}

	@PostMapping("/admin/account/password")
	String changePassword(@AuthenticationPrincipal StaffPrincipal staff,
			@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword,
			@RequestParam(defaultValue = "") String confirmPassword, Model model, RedirectAttributes redirect) {
		Map<String, String> errors = FieldErrors.none();
		if (!newPassword.equals(confirmPassword)) {
			errors = FieldErrors.of("confirmPassword", "does not match the new password");
		}
		else {
			try {
				team.changePassword(staff, currentPassword, newPassword);
			}
			catch (InvalidInputException ex) {
				errors = FieldErrors.of(ex);
			}
		}
		if (!errors.isEmpty()) {
			model.addAttribute("errors", errors);
			return "stores/account";
		}
		redirect.addFlashAttribute("flash", "Your password was changed.");
		return "redirect:/admin/account";
	}

}
