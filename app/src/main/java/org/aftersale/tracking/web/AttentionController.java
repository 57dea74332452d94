package org.aftersale.tracking.web;

import java.util.List;
import java.util.UUID;

import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.NotFoundException;
import org.aftersale.kernel.StoreId;
import org.aftersale.platform.AttentionNotices;
import org.aftersale.platform.AdminController;
import org.aftersale.stores.StaffPrincipal;
import org.aftersale.stores.StoreRole;
import org.aftersale.tracking.AttentionCategory;
import org.aftersale.tracking.AttentionDesk;
import org.aftersale.tracking.AttentionNote;
import org.aftersale.tracking.AttentionQueries;
import org.aftersale.tracking.AttentionSettings;
import org.aftersale.tracking.ShipmentId;
import org.aftersale.tracking.ShipmentSubStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Operations › Attention: the shipments the merchant must look at, counted per category,
 * listed silent-longest first, and marked handled with a note. Analysts read; agents and
 * up handle; admins set the thresholds. Handling swaps the row in place with htmx and
 * redirects back to the list without JavaScript.
 */
@AdminController
@PreAuthorize("hasRole('ANALYST')")
@RequestMapping("/admin/attention")
class AttentionController {

	static final int PAGE_SIZE = 25;

	private final AttentionQueries queries;

	private final AttentionDesk desk;

	private final List<AttentionNotices> notices;

	AttentionController(AttentionQueries queries, AttentionDesk desk, List<AttentionNotices> notices) {
		this.queries = queries;
		this.desk = desk;
		this.notices = notices;
	}

	@GetMapping
	String list(StoreId storeId, @AuthenticationPrincipal StaffPrincipal staff,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String sub, @RequestParam(defaultValue = "false") boolean handled,
			@RequestParam(required = false) @Nullable String cursor, Model model) {
		AttentionCategory wanted = category == null || category.isBlank() ? null
				: AttentionCategory.fromWireName(category).orElse(null);
		ShipmentSubStatus reason = sub == null || sub.isBlank() ? null
				: ShipmentSubStatus.fromWireName(sub).orElse(null);
		AttentionQueries.Page page;
		try {
			page = queries.list(storeId, new AttentionQueries.Filter(wanted, reason, handled), cursor, PAGE_SIZE);
		}
		catch (InvalidInputException ex) {
			page = queries.list(storeId, new AttentionQueries.Filter(wanted, reason, handled), null, PAGE_SIZE);
		}
		model.addAttribute("counts", queries.counts(storeId));
		model.addAttribute("notices", notices.stream().flatMap(source -> source.of(storeId).stream()).toList());
		model.addAttribute("categories", AttentionCategory.values());
		model.addAttribute("category", wanted);
		model.addAttribute("sub", reason);
		model.addAttribute("handled", handled);
		model.addAttribute("page", page);
		model.addAttribute("paged", cursor != null && !cursor.isBlank());
		model.addAttribute("canHandle", staff.can(StoreRole.AGENT));
		model.addAttribute("canConfigure", staff.can(StoreRole.ADMIN));
		model.addAttribute("settings", desk.settingsOf(storeId));
		return "tracking/attention";
	}

	@PostMapping("/{id}/handle")
	@PreAuthorize("hasRole('AGENT')")
	String handle(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String id,
			@RequestParam(defaultValue = "") String note, @RequestParam(required = false) @Nullable String back,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
			RedirectAttributes redirect) {
		ShipmentId shipmentId = parse(id);
		boolean fragment = "true".equals(htmx);
		try {
			AttentionNote written = desk.handle(staff.storeId(), shipmentId, note, staff.email());
			model.addAttribute("shipmentId", shipmentId.value());
			model.addAttribute("written", written);
			if (fragment) {
				return "tracking/attention-rows :: handled";
			}
			redirect.addFlashAttribute("flash", "Marked handled.");
		}
		catch (NotFoundException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		catch (InvalidInputException ex) {
			if (fragment) {
				model.addAttribute("shipmentId", shipmentId.value());
				model.addAttribute("error", "Write a note of up to " + AttentionDesk.MAX_NOTE_LENGTH + " characters.");
				return "tracking/attention-rows :: error";
			}
			redirect.addFlashAttribute("error",
					"Not handled: write a note of up to " + AttentionDesk.MAX_NOTE_LENGTH + " characters.");
		}
		return "redirect:" + safeBack(back);
	}

	@PostMapping("/settings")
	@PreAuthorize("hasRole('ADMIN')")
	String settings(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam(defaultValue = "0") int noScanDays,
			@RequestParam(defaultValue = "0") int noPickupDays, RedirectAttributes redirect) {
		try {
			desk.changeSettings(staff.storeId(), new AttentionSettings(noScanDays, noPickupDays));
			redirect.addFlashAttribute("flash", "Thresholds saved.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error",
					"Not saved: days must be between 1 and " + AttentionSettings.MAX_DAYS + ".");
		}
		return "redirect:/admin/attention";
	}

	// Only back to the attention list itself, so the form cannot become an open redirect.
	private static String safeBack(@Nullable String back) {
		if (back == null || !back.startsWith("/admin/attention") || back.startsWith("//")) {
			return "/admin/attention";
		}
		return UriComponentsBuilder.fromUriString(back).build().toUriString();
	}

	private static ShipmentId parse(String id) {
		try {
			return new ShipmentId(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
