package org.aftersale.returns.web;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.StoreId;
import org.aftersale.platform.AdminController;
import org.aftersale.platform.NavItem;
import org.aftersale.returns.Return;
import org.aftersale.returns.ReturnDesk;
import org.aftersale.returns.ReturnLookups;
import org.aftersale.returns.ReturnStatus;
import org.aftersale.returns.ReturnTransitionRefused;
import org.aftersale.stores.StaffPrincipal;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The returns counter of a shop ({@code /admin/returns/counter}), for a store associate
 * on a phone: the shopper shows the return's QR code (a scanner types it into the field)
 * or says its number; the associate looks at the items and accepts them, which receives
 * the return under the associate's name.
 */
@AdminController
@PreAuthorize("hasRole('ASSOCIATE')")
class ReturnCounterController {

	private final ReturnDesk desk;

	private final ReturnLookups lookups;

	ReturnCounterController(ReturnDesk desk, ReturnLookups lookups) {
		this.desk = desk;
		this.lookups = lookups;
	}

	@Bean
	static NavItem returnCounterNavItem() {
		return new NavItem("Operations", "Returns counter", "/admin/returns/counter", 27, "ROLE_ASSOCIATE");
	}

	@GetMapping("/admin/returns/counter")
	String counter(StoreId storeId, @RequestParam(defaultValue = "") String code, Model model) {
		model.addAttribute("code", code);
		if (!code.isBlank()) {
			Optional<Return> found = lookups.byNumber(storeId, code);
			if (found.isEmpty()) {
				model.addAttribute("notFound", true);
			}
			else {
				model.addAttribute("ret", found.get());
				model.addAttribute("receivable", found.get().status().canBecome(ReturnStatus.RECEIVED));
			}
		}
		return "returns/admin-counter";
	}

	@PostMapping("/admin/returns/counter/{id}/accept")
	String accept(StoreId storeId, @AuthenticationPrincipal StaffPrincipal staff, @PathVariable UUID id,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Return ret = desk.get(storeId, id);
		try {
			desk.receive(storeId, id, staff.email(), ReceivedForm.of(ret, form));
			redirect.addFlashAttribute("flash", "Return " + ret.number() + " is accepted. Thank the shopper!");
			return "redirect:/admin/returns/counter";
		}
		catch (ReturnTransitionRefused ex) {
			redirect.addFlashAttribute("actionError", ex.getMessage());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionError", "Not accepted: " + ex.problems().get(0).message() + ".");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("actionError", "Not accepted: " + ex.getMessage() + ".");
		}
		return "redirect:/admin/returns/counter?code="
				+ java.net.URLEncoder.encode(ret.number(), java.nio.charset.StandardCharsets.UTF_8);
	}

}
