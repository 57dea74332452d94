package org.aftersale.stores.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.NotFoundException;
import org.aftersale.kernel.StoreId;
import org.aftersale.platform.AdminController;
import org.aftersale.stores.ApiKeyIssuer;
import org.aftersale.stores.ApiKeyScope;
import org.aftersale.stores.StaffPrincipal;
import org.aftersale.stores.StoreDirectory;

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
 * Settings › API keys. A new key travels to the page once, as a flash attribute that the
 * next request consumes, so reloading the page never shows it again.
 */
@AdminController
@PreAuthorize("hasRole('ADMIN')")
@RequestMapping("/admin/settings/api-keys")
class ApiKeyController {

	private final ApiKeyIssuer issuer;

	private final StoreDirectory stores;

	ApiKeyController(ApiKeyIssuer issuer, StoreDirectory stores) {
		this.issuer = issuer;
		this.stores = stores;
	}

	@GetMapping
	String list(StoreId storeId, Model model) {
		return page(storeId, "", "read", FieldErrors.none(), model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String scope, Model model, RedirectAttributes redirect) {
		ApiKeyIssuer.IssuedKey issued;
		try {
			issued = issuer.issue(staff, name, scope(scope));
		}
		catch (InvalidInputException ex) {
			return page(staff.storeId(), name, scope, FieldErrors.of(ex), model);
		}
		redirect.addFlashAttribute("issuedKey", issued.token());
		redirect.addFlashAttribute("issuedName", issued.key().name());
		return "redirect:/admin/settings/api-keys";
	}

	@PostMapping("/{id}/revoke")
	String revoke(StoreId storeId, @PathVariable String id, RedirectAttributes redirect) {
		try {
			issuer.revoke(storeId, UUID.fromString(id));
		}
		catch (IllegalArgumentException | NotFoundException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("flash", "The key was revoked; requests using it are now refused.");
		return "redirect:/admin/settings/api-keys";
	}

	private String page(StoreId storeId, String name, String scope, Map<String, String> errors, Model model) {
		model.addAttribute("keys", issuer.keysOf(storeId));
		model.addAttribute("zone", stores.get(storeId).zone());
		model.addAttribute("name", name);
		model.addAttribute("scope", scope);
		model.addAttribute("errors", errors);
		return "stores/api-keys";
	}

	private static ApiKeyScope scope(String value) {
		try {
			return ApiKeyScope.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("scope", "must be owner, write or read");
		}
	}

}
