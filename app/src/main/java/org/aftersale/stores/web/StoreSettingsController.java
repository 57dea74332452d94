package org.aftersale.stores.web;

import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.StoreId;
import org.aftersale.platform.AdminController;
import org.aftersale.stores.BrandFont;
import org.aftersale.stores.ImageKind;
import org.aftersale.stores.StaffPrincipal;
import org.aftersale.stores.StoreDirectory;
import org.aftersale.stores.StoreImages;
import org.aftersale.stores.StoreRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings › Store: name, time zone, currency, locale and the brand (logo, colours, font)
 * that every shopper page and e-mail uses.
 */
@AdminController
@PreAuthorize("hasRole('ADMIN')")
@RequestMapping("/admin/settings/store")
class StoreSettingsController {

	// Region ids only: the legacy abbreviations ("EST", "Etc/GMT+5") confuse more than
	// they help, and UTC stays available for stores that want it.
	private static final List<String> ZONES = Stream
		.concat(Stream.of("UTC"),
				ZoneId.getAvailableZoneIds()
					.stream()
					.filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
					.sorted())
		.toList();

	private final StoreDirectory stores;

	private final StoreRegistry registry;

	private final SignedInStaff signedIn;

	private final StoreImages images;

	StoreSettingsController(StoreDirectory stores, StoreRegistry registry, SignedInStaff signedIn, StoreImages images) {
		this.stores = stores;
		this.registry = registry;
		this.signedIn = signedIn;
		this.images = images;
	}

	@GetMapping
	String show(StoreId storeId, Model model) {
		return page(storeId, StoreSettingsForm.of(stores.get(storeId)), FieldErrors.none(), model);
	}

	@PostMapping
	String save(@AuthenticationPrincipal StaffPrincipal staff, @ModelAttribute StoreSettingsForm typed,
			@RequestParam(required = false) @Nullable MultipartFile logoFile, Model model, RedirectAttributes redirect,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		StoreSettingsForm form = typed;
		try {
			if (logoFile != null && !logoFile.isEmpty()) {
				form = typed.withLogo(images.upload(staff.storeId(), ImageKind.LOGO, "logoFile", logoFile.getBytes()));
			}
			registry.changeSettings(staff.storeId(), form.toChange());
		}
		catch (InvalidInputException ex) {
			return page(staff.storeId(), form, FieldErrors.of(ex), model);
		}
		// The top bar shows the store's name from the session; a rename should show at
		// once.
		signedIn.lookAt(staff, staff.storeId(), request, response);
		redirect.addFlashAttribute("flash", "Store settings saved.");
		return "redirect:/admin/settings/store";
	}

	/** The contrast warnings for colours being chosen, before anything is saved. */
	@GetMapping(path = "/contrast", headers = "HX-Request")
	String contrast(@RequestParam String brandColor, @RequestParam String accentColor, Model model) {
		model.addAttribute("form", new StoreSettingsForm("", "", "", "", "", brandColor, accentColor, "", ""));
		return "stores/settings :: contrast";
	}

	private String page(StoreId storeId, StoreSettingsForm form, Map<String, String> errors, Model model) {
		model.addAttribute("store", stores.get(storeId));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("zones", ZONES.contains(form.timezone()) || form.timezone().isEmpty() ? ZONES
				: Stream.concat(Stream.of(form.timezone()), ZONES.stream()).toList());
		model.addAttribute("locales", List.of("en", "es", "de", "fr", "pt-BR"));
		model.addAttribute("fonts", BrandFont.values());
		return "stores/settings";
	}

}
