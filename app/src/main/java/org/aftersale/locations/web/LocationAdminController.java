package org.aftersale.locations.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.aftersale.kernel.FieldProblem;
import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.StoreId;
import org.aftersale.locations.Location;
import org.aftersale.locations.LocationDirectory;
import org.aftersale.locations.LocationId;
import org.aftersale.platform.AdminController;
import org.aftersale.platform.NavItem;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings › Locations: the store's warehouses and shops, added, changed and removed by
 * its admins.
 */
@AdminController
@RequestMapping("/admin/settings/locations")
@PreAuthorize("hasRole('ADMIN')")
class LocationAdminController {

	private final LocationDirectory directory;

	LocationAdminController(LocationDirectory directory) {
		this.directory = directory;
	}

	@Bean
	static NavItem locationsNavItem() {
		return new NavItem("Settings", "Locations", "/admin/settings/locations", 105, "ROLE_ADMIN");
	}

	@GetMapping
	String list(StoreId storeId, @RequestParam(required = false) @Nullable String cursor, Model model) {
		return listPage(storeId, cursor, LocationForm.blank(), Map.of(), model);
	}

	@PostMapping
	String add(StoreId storeId, @ModelAttribute LocationForm form, Model model, RedirectAttributes redirect) {
		Location added;
		try {
			added = directory.add(storeId, form.toSubmission());
		}
		catch (InvalidInputException ex) {
			return listPage(storeId, null, form, errors(ex), model);
		}
		redirect.addFlashAttribute("flash", added.name() + " was added.");
		return "redirect:/admin/settings/locations";
	}

	@GetMapping("/{id}")
	String show(StoreId storeId, @PathVariable UUID id, Model model) {
		Location location = live(storeId, id);
		return locationPage(location, LocationForm.of(location), Map.of(), model);
	}

	@PostMapping("/{id}")
	String change(StoreId storeId, @PathVariable UUID id, @ModelAttribute LocationForm form, Model model,
			RedirectAttributes redirect) {
		Location location = live(storeId, id);
		try {
			directory.change(storeId, location.id(), form.toSubmission());
		}
		catch (InvalidInputException ex) {
			return locationPage(location, form, errors(ex), model);
		}
		redirect.addFlashAttribute("flash", "Saved.");
		return "redirect:/admin/settings/locations/" + id;
	}

	@PostMapping("/{id}/remove")
	String remove(StoreId storeId, @PathVariable UUID id, RedirectAttributes redirect) {
		Location location = live(storeId, id);
		directory.remove(storeId, location.id());
		redirect.addFlashAttribute("flash", location.name() + " was removed.");
		return "redirect:/admin/settings/locations";
	}

	private Location live(StoreId storeId, UUID id) {
		return directory.current(storeId, new LocationId(id));
	}

	private String listPage(StoreId storeId, @Nullable String cursor, LocationForm form, Map<String, String> errors,
			Model model) {
		model.addAttribute("page", directory.list(storeId, cursor, 50));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "locations/admin-list";
	}

	private String locationPage(Location location, LocationForm form, Map<String, String> errors, Model model) {
		model.addAttribute("location", location);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "locations/admin-location";
	}

	private static Map<String, String> errors(InvalidInputException ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldProblem problem : ex.problems()) {
			errors.putIfAbsent(problem.field(), problem.message());
		}
		return errors;
	}

}
