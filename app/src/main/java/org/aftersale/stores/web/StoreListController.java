package org.aftersale.stores.web;

import java.util.Map;

import org.aftersale.kernel.InvalidInputException;
import org.aftersale.platform.AdminController;
import org.aftersale.stores.StaffPrincipal;
import org.aftersale.stores.StoreRegistry;
import org.aftersale.stores.Team;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings › Stores: the stores an owner runs, and opening another one. The new store's
 * first API key is shown once, like any new key.
 */
@AdminController
@PreAuthorize("hasRole('OWNER')")
class StoreListController {

	private final Team team;

	private final StoreRegistry registry;

	StoreListController(Team team, StoreRegistry registry) {
		this.team = team;
		this.registry = registry;
	}

	@GetMapping("/admin/stores")
	String list(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		return page(staff, "", "", FieldErrors.none(), model);
	}

	@PostMapping("/admin/stores")
	String open(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String slug, Model model, RedirectAttributes redirect) {
		StoreRegistry.OpenedStore opened;
		try {
			opened = registry.openStoreFor(staff, name, slug.strip());
		}
		catch (InvalidInputException ex) {
			return page(staff, name, slug, FieldErrors.of(ex), model);
		}
		redirect.addFlashAttribute("openedName", opened.store().name());
		redirect.addFlashAttribute("openedSlug", opened.store().slug());
		redirect.addFlashAttribute("openedKey", opened.apiKey());
		return "redirect:/admin/stores";
	}

	private String page(StaffPrincipal staff, String name, String slug, Map<String, String> errors, Model model) {
		model.addAttribute("stores", team.storesOf(staff));
		model.addAttribute("name", name);
		model.addAttribute("slug", slug);
		model.addAttribute("errors", errors);
		return "stores/stores";
	}

}
