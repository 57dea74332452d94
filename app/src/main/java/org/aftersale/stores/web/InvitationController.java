package org.aftersale.stores.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.NotFoundException;
import org.aftersale.kernel.StoreId;
import org.aftersale.platform.AdminController;
import org.aftersale.stores.Invitations;
import org.aftersale.stores.StaffPrincipal;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page an invitation link opens. Someone new chooses their name and password and
 * joins; someone with an account signs in as that account and accepts. Nobody else can
 * accept it: the link is the invitee's, and an account must be the one invited.
 */
@AdminController
class InvitationController {

	private final Invitations invitations;

	private final SignedInStaff signedIn;

	InvitationController(Invitations invitations, SignedInStaff signedIn) {
		this.invitations = invitations;
		this.signedIn = signedIn;
	}

	@GetMapping("/admin/invitations/{token}")
	String show(@PathVariable String token, @AuthenticationPrincipal @Nullable StaffPrincipal staff, Model model,
			HttpServletResponse response) {
		Optional<Invitations.Invitation> invitation = invitations.open(token);
		if (invitation.isEmpty()) {
			return gone(response);
		}
		model.addAttribute("invitation", invitation.get());
		model.addAttribute("token", token);
		model.addAttribute("signedInAs", staff == null ? null : staff.email());
		model.addAttribute("name", invitation.get().displayName());
		return "stores/invitation";
	}

	@PostMapping("/admin/invitations/{token}")
	String join(@PathVariable String token, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirm,
			Model model, HttpServletResponse response) {
		Optional<Invitations.Invitation> invitation = invitations.open(token);
		if (invitation.isEmpty()) {
			return gone(response);
		}
		model.addAttribute("invitation", invitation.get());
		model.addAttribute("token", token);
		model.addAttribute("name", name);
		if (!password.equals(confirm)) {
			model.addAttribute("error", "The two passwords differ.");
			return "stores/invitation";
		}
		try {
			invitations.acceptAsNew(token, name, password);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("error", "The password " + ex.problems().get(0).message() + ".");
			return "stores/invitation";
		}
		catch (NotFoundException ex) {
			return gone(response);
		}
		return "redirect:/admin/login?joined";
	}

	// Under /admin/, so an invitee who is not signed in is sent to sign in first and
	// brought back here.
	@GetMapping("/admin/invitations/{token}/sign-in")
	String signIn(@PathVariable String token) {
		return "redirect:/admin/invitations/" + token;
	}

	@PostMapping("/admin/invitations/{token}/accept")
	String accept(@PathVariable String token, @AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request,
			HttpServletResponse response) {
		StoreId joined;
		try {
			joined = invitations.acceptAs(staff, token);
		}
		catch (NotFoundException ex) {
			return gone(response);
		}
		signedIn.lookAt(staff, joined, request, response);
		return "redirect:/admin";
	}

	// Used, expired, withdrawn or never issued: one answer for all, as for unknown ids.
	private static String gone(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		return "stores/invitation-gone";
	}

}
