package org.aftersale.stores.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.NotFoundException;
import org.aftersale.platform.AdminController;
import org.aftersale.stores.InvitationMail;
import org.aftersale.stores.Invitations;
import org.aftersale.stores.StaffPrincipal;
import org.aftersale.stores.StoreRole;
import org.aftersale.stores.Team;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings › Team: who may sign in to this store and with which role. The rules (only an
 * owner grants owner, the last owner stays) live in {@link Team}; this page only shows
 * its answers.
 */
@AdminController
@PreAuthorize("hasRole('ADMIN')")
@RequestMapping("/admin/settings/team")
class TeamController {

	/** A row of the members table; public only for the template's expressions. */
	public record MemberRow(UUID id, String email, String displayName, StoreRole role) {
	}

	private final Team team;

	private final Invitations invitations;

	private final InvitationMail mail;

	TeamController(Team team, Invitations invitations, InvitationMail mail) {
		this.team = team;
		this.invitations = invitations;
		this.mail = mail;
	}

	@GetMapping
	String list(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		return page(staff, "", "", "agent", FieldErrors.none(), model);
	}

	@PostMapping
	String invite(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String role, Model model,
			RedirectAttributes redirect) {
		Invitations.Invited invited;
		try {
			invited = invitations.invite(staff, email, name, role(role));
		}
		catch (InvalidInputException ex) {
			return page(staff, email, name, role, FieldErrors.of(ex), model);
		}
		redirect.addFlashAttribute("invitedEmail", invited.email());
		if (!mail.send(invited, staff)) {
			redirect.addFlashAttribute("invitationLink", mail.link(invited));
		}
		return "redirect:/admin/settings/team";
	}

	@PostMapping("/invitations/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String id,
			RedirectAttributes redirect) {
		return act(redirect, () -> invitations.withdraw(staff, uuid(id)), "Invitation withdrawn.");
	}

	@PostMapping("/{id}/role")
	String changeRole(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String id,
			@RequestParam(defaultValue = "") String role, RedirectAttributes redirect) {
		return act(redirect, () -> team.changeRole(staff, uuid(id), role(role)), "Role changed.");
	}

	@PostMapping("/{id}/remove")
	String remove(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String id, RedirectAttributes redirect) {
		return act(redirect, () -> team.remove(staff, uuid(id)), "Member removed from this store.");
	}

	private String act(RedirectAttributes redirect, Runnable action, String success) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", success);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", "Not changed: " + ex.problems().get(0).message() + ".");
		}
		catch (NotFoundException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:/admin/settings/team";
	}

	private String page(StaffPrincipal staff, String email, String name, String role, Map<String, String> errors,
			Model model) {
		List<MemberRow> members = team.membersOf(staff.storeId())
			.stream()
			.map(a -> new MemberRow(a.id(), a.email(), a.displayName(),
					a.roleIn(staff.storeId()).orElse(StoreRole.ANALYST)))
			.toList();
		model.addAttribute("members", members);
		model.addAttribute("invitations", invitations.pendingIn(staff.storeId()));
		model.addAttribute("roles", StoreRole.values());
		model.addAttribute("email", email);
		model.addAttribute("name", name);
		model.addAttribute("role", role);
		model.addAttribute("errors", errors);
		return "stores/team";
	}

	private static StoreRole role(String value) {
		try {
			return StoreRole.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("role", "must be owner, admin, agent or analyst");
		}
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("team member");
		}
	}

}
