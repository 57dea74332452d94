package org.aftersale.tracking.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.aftersale.catalog.CatalogQueries;
import org.aftersale.catalog.CatalogVariant;
import org.aftersale.kernel.StoreId;
import org.aftersale.platform.AdminController;
import org.aftersale.platform.NavItem;
import org.aftersale.stores.ShopperText;
import org.aftersale.stores.Store;
import org.aftersale.stores.StoreDirectory;
import org.aftersale.tracking.page.PageBrandings;
import org.aftersale.kernel.InvalidInputException;
import org.aftersale.stores.ImageKind;
import org.aftersale.stores.StoreImages;
import org.jspecify.annotations.Nullable;
import org.aftersale.tracking.page.SocialNetwork;
import org.aftersale.tracking.page.SuggestionChoice;
import org.aftersale.tracking.page.TrackingPages;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings › Tracking page: the look of the store's shopper page, with a live preview
 * that htmx re-renders as the form changes (and a Preview button without JavaScript).
 */
@AdminController
@PreAuthorize("hasRole('ADMIN')")
@RequestMapping("/admin/settings/tracking-page")
class TrackingPageSettingsController {

	private final StoreDirectory stores;

	private final PageBrandings brandings;

	private final TrackingPages pages;

	private final MessageSource messages;

	private final ShopperPageRehearsal rehearsal;

	private final StoreImages images;

	private final CatalogQueries catalog;

	TrackingPageSettingsController(StoreDirectory stores, PageBrandings brandings, TrackingPages pages,
			MessageSource messages, ShopperPageRehearsal rehearsal, StoreImages images, CatalogQueries catalog) {
		this.images = images;
		this.catalog = catalog;
		this.stores = stores;
		this.brandings = brandings;
		this.pages = pages;
		this.messages = messages;
		this.rehearsal = rehearsal;
	}

	@GetMapping
	String show(StoreId storeId, Model model) {
		Store store = stores.get(storeId);
		TrackingPageForm form = TrackingPageForm.of(brandings.of(storeId));
		return page(store, form, Map.of(), model);
	}

	@PostMapping
	String save(StoreId storeId, @RequestParam MultiValueMap<String, String> params,
			@RequestParam(required = false) String preview,
			@RequestParam(required = false) @Nullable MultipartFile bannerFile, Model model,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) throws IOException {
		Store store = stores.get(storeId);
		TrackingPageForm form = TrackingPageForm.of(params);
		// Only a save keeps an image: previewing is not a reason to store one.
		if (preview == null && bannerFile != null && !bannerFile.isEmpty()) {
			try {
				form = form.withBanner(images.upload(storeId, ImageKind.BANNER, "bannerFile", bannerFile.getBytes()));
			}
			catch (InvalidInputException ex) {
				return page(store, form, Map.of("bannerFile", ex.problems().get(0).message()), model);
			}
		}
		TrackingPageForm.Checked checked = form.check(known(store, form));
		if (preview != null || !checked.errors().isEmpty()) {
			return page(store, form, checked.errors(), model);
		}
		if (!rehearsal.renders(store, checked.branding(), request, response)) {
			// The preview shows what is saved: the refused branding would break this page
			// too.
			return page(store, form,
					Map.of("form",
							"Your shoppers' page could not be displayed with these settings, so nothing was saved. "
									+ "Undo the last change and try again."),
					new TrackingPageForm.Checked(brandings.of(storeId), Map.of()), model);
		}
		brandings.change(storeId, checked.branding());
		// The event refreshes caches after commit; forgetting now as well means the
		// merchant's next look at the page already shows the change.
		pages.forgetStore(storeId);
		redirect.addFlashAttribute("flash", "Tracking page saved.");
		return "redirect:/admin/settings/tracking-page";
	}

	@PostMapping(path = "/preview", headers = "HX-Request")
	String preview(StoreId storeId, @RequestParam MultiValueMap<String, String> params, Model model) {
		Store store = stores.get(storeId);
		TrackingPageForm form = TrackingPageForm.of(params);
		TrackingPageForm.Checked checked = form.check(known(store, form));
		preview(store, checked, model);
		return "tracking/admin-settings :: preview";
	}

	// Pins are SKUs of the catalog: only there does a product have its price and link.
	private Set<String> known(Store store, TrackingPageForm form) {
		List<String> pins = form.pinnedSkuList();
		if (pins.isEmpty() || pins.size() > SuggestionChoice.MAX_PINS) {
			return Set.of();
		}
		return catalog.findVariantsBySkus(store.id(), pins)
			.stream()
			.map(CatalogVariant::sku)
			.collect(Collectors.toSet());
	}

	private String page(Store store, TrackingPageForm form, Map<String, String> errors, Model model) {
		return page(store, form, errors, form.check(known(store, form)), model);
	}

	/** The settings page with the form as typed and a preview of {@code shown}. */
	private String page(Store store, TrackingPageForm form, Map<String, String> errors, TrackingPageForm.Checked shown,
			Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("networks", SocialNetwork.values());
		model.addAttribute("publicPath", "/t/" + store.slug());
		model.addAttribute("palette", store.palette());
		preview(store, shown, model);
		return "tracking/admin-settings";
	}

	private void preview(Store store, TrackingPageForm.Checked checked, Model model) {
		model.addAttribute("look", TrackingPages.lookOf(store, checked.branding()));
		model.addAttribute("t", new ShopperText(messages, store.locale()));
		model.addAttribute("languages", List.of());
		model.addAttribute("lookupPath", "/t/" + store.slug());
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavItem trackingPageNavItem() {
			return new NavItem("Settings", "Tracking page", "/admin/settings/tracking-page", 107, "ROLE_ADMIN");
		}

	}

}
