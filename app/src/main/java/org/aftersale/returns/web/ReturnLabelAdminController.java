package org.aftersale.returns.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.UUID;

import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.NotFoundException;
import org.aftersale.kernel.StoreId;
import org.aftersale.platform.AdminController;
import org.aftersale.platform.NavItem;
import org.aftersale.returns.LabelDesk;
import org.aftersale.returns.ReturnDesk;
import org.aftersale.returns.label.LabelAccount;
import org.aftersale.returns.label.LabelAccounts;
import org.aftersale.stores.StaffPrincipal;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Return labels in the admin: a return's own uploaded label, buying a failed one again,
 * internal notes on a return, and the store's label provider (Settings › Return labels).
 */
@AdminController
@PreAuthorize("hasRole('AGENT')")
class ReturnLabelAdminController {

	private final LabelDesk labels;

	private final LabelAccounts accounts;

	private final ReturnDesk desk;

	ReturnLabelAdminController(LabelDesk labels, LabelAccounts accounts, ReturnDesk desk) {
		this.labels = labels;
		this.accounts = accounts;
		this.desk = desk;
	}

	@Bean
	static NavItem returnLabelsNavItem() {
		return new NavItem("Settings", "Return labels", "/admin/settings/return-labels", 106, "ROLE_ADMIN");
	}

	@PostMapping("/admin/returns/{id}/label")
	String upload(StoreId storeId, @AuthenticationPrincipal StaffPrincipal staff, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(defaultValue = "") String trackingNumber, @RequestParam(defaultValue = "") String carrier,
			RedirectAttributes redirect) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw new InvalidInputException("file", "choose the label file");
			}
			if (file.getSize() > LabelDesk.MAX_UPLOAD_BYTES) {
				throw new InvalidInputException("file", "must be at most 2 MB");
			}
			labels.upload(storeId, id, file.getBytes(), trackingNumber, carrier, staff.email());
			redirect.addFlashAttribute("flash", "The label is uploaded; its parcel is followed.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionError",
					"Not uploaded: the " + ex.problems().get(0).field() + " " + ex.problems().get(0).message() + ".");
		}
		return "redirect:/admin/returns/" + id;
	}

	@PostMapping("/admin/returns/{id}/label/retry")
	String retry(StoreId storeId, @PathVariable UUID id, RedirectAttributes redirect) {
		labels.buyFor(storeId, id).ifPresent(label -> {
			if (label.usable()) {
				redirect.addFlashAttribute("flash", "The label is bought.");
			}
			else {
				redirect.addFlashAttribute("actionError", "Still no label: " + label.problem());
			}
		});
		return "redirect:/admin/returns/" + id;
	}

	@GetMapping("/admin/returns/{id}/label")
	@PreAuthorize("hasRole('ANALYST')")
	ResponseEntity<byte[]> file(StoreId storeId, @PathVariable UUID id) {
		var file = labels.file(storeId, id).orElseThrow(() -> new NotFoundException("label"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("return-label").build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	@PostMapping("/admin/returns/{id}/notes")
	String note(StoreId storeId, @AuthenticationPrincipal StaffPrincipal staff, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		try {
			desk.note(storeId, id, staff.email(), "note", note);
			redirect.addFlashAttribute("flash", "Note added.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionError", "Not added: " + ex.problems().get(0).message() + ".");
		}
		return "redirect:/admin/returns/" + id;
	}

	@GetMapping("/admin/settings/return-labels")
	@PreAuthorize("hasRole('ADMIN')")
	String settings(StoreId storeId, Model model) {
		LabelAccount account = accounts.of(storeId).orElse(null);
		model.addAttribute("account", account);
		model.addAttribute("weight",
				account == null ? "16" : account.weightOunces().stripTrailingZeros().toPlainString());
		model.addAttribute("carriers", account == null ? "" : String.join(", ", account.carriers()));
		model.addAttribute("qrCode", account == null || account.qrCode());
		return "returns/admin-labels";
	}

	@PostMapping("/admin/settings/return-labels")
	@PreAuthorize("hasRole('ADMIN')")
	String save(StoreId storeId, @RequestParam(defaultValue = "") String apiKey,
			@RequestParam(defaultValue = "") String weightOunces, @RequestParam(defaultValue = "") String carriers,
			@RequestParam(defaultValue = "false") boolean qrCode, Model model, RedirectAttributes redirect) {
		try {
			BigDecimal weight;
			try {
				weight = new BigDecimal(weightOunces.strip());
			}
			catch (NumberFormatException ex) {
				throw new InvalidInputException("weightOunces", "must be a number of ounces");
			}
			accounts.save(storeId, "easypost", apiKey, weight, carriers, qrCode);
			redirect.addFlashAttribute("flash", "Return labels are bought through EasyPost.");
			return "redirect:/admin/settings/return-labels";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("account", accounts.of(storeId).orElse(null));
			model.addAttribute("weight", weightOunces);
			model.addAttribute("carriers", carriers);
			model.addAttribute("qrCode", qrCode);
			model.addAttribute("error", ex.problems().get(0));
			return "returns/admin-labels";
		}
	}

}
