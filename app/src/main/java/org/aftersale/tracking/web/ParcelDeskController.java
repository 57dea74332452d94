package org.aftersale.tracking.web;

import java.util.List;
import java.util.UUID;

import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.NotFoundException;
import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderId;
import org.aftersale.platform.AdminController;
import org.aftersale.stores.StaffPrincipal;
import org.aftersale.tracking.Carrier;
import org.aftersale.tracking.CarrierCandidate;
import org.aftersale.tracking.CarrierDetector;
import org.aftersale.tracking.CheckDigitStatus;
import org.aftersale.tracking.ParcelDesk;
import org.aftersale.tracking.Shipment;
import org.aftersale.tracking.ShipmentId;
import org.aftersale.tracking.ShipmentQueries;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The parcel actions of the order page: add a parcel (the carrier named as the number is
 * typed, a failing check digit flagged before saving), correct a mistyped number, remove
 * a parcel entered by mistake. Each answers by going back to the order with what
 * happened.
 */
@AdminController
@PreAuthorize("hasRole('AGENT')")
class ParcelDeskController {

	private final ParcelDesk desk;

	private final CarrierDetector detector;

	private final ShipmentQueries queries;

	ParcelDeskController(ParcelDesk desk, CarrierDetector detector, ShipmentQueries queries) {
		this.desk = desk;
		this.detector = detector;
		this.queries = queries;
	}

	/** What the number says about its carrier, as the merchant types (htmx). */
	@GetMapping("/admin/carriers/detect")
	@PreAuthorize("hasRole('ANALYST')")
	String detect(@RequestParam(defaultValue = "") String trackingNumber, Model model) {
		String typed = trackingNumber.length() > CarrierDetector.MAX_LENGTH ? "" : trackingNumber.strip();
		List<CarrierCandidate> candidates = typed.length() < 4 ? List.of() : detector.detect(typed);
		model.addAttribute("typed", typed);
		model.addAttribute("candidates", candidates);
		// Flagged only when every reading of the number fails its check digit: one that
		// passes, or a format without one, is no sign of a typo.
		model.addAttribute("checkDigitFails",
				!candidates.isEmpty() && candidates.stream().allMatch(c -> c.checkDigit() == CheckDigitStatus.FAILED));
		model.addAttribute("best", candidates.isEmpty() ? null : candidates.get(0));
		return "tracking/carrier-detection :: detection";
	}

	@PostMapping("/admin/orders/{orderId}/shipments")
	String add(StoreId storeId, @AuthenticationPrincipal StaffPrincipal staff, @PathVariable String orderId,
			@RequestParam(defaultValue = "") String trackingNumber, @RequestParam(defaultValue = "") String carrier,
			RedirectAttributes redirect) {
		OrderId order = new OrderId(uuid(orderId));
		try {
			var tracked = desk.add(storeId, order, trackingNumber, blankToNull(carrier), staff.email());
			redirect.addFlashAttribute("flash",
					tracked.created()
							? "Parcel " + tracked.shipment().trackingNumber() + " added"
									+ carrierName(tracked.shipment()) + ". The shopper is told it has shipped."
							: "Parcel " + tracked.shipment().trackingNumber() + " was already on this order.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionError", "Parcel not added: " + message(ex));
			redirect.addFlashAttribute("typedNumber", trackingNumber);
		}
		catch (NotFoundException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:/admin/orders/" + order.value();
	}

	@PostMapping("/admin/shipments/{id}/correct")
	String correct(StoreId storeId, @AuthenticationPrincipal StaffPrincipal staff, @PathVariable String id,
			@RequestParam(defaultValue = "") String trackingNumber, @RequestParam(defaultValue = "") String carrier,
			RedirectAttributes redirect) {
		Shipment old = followed(storeId, id);
		try {
			Shipment replacement = desk.correct(storeId, old.id(), trackingNumber, blankToNull(carrier), staff.email());
			redirect.addFlashAttribute("flash", "Tracking number " + old.trackingNumber() + " corrected to "
					+ replacement.trackingNumber() + carrierName(replacement) + ".");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionError", "Not corrected: " + message(ex));
		}
		return "redirect:/admin/orders/" + old.orderId().value();
	}

	@PostMapping("/admin/shipments/{id}/remove")
	String remove(StoreId storeId, @AuthenticationPrincipal StaffPrincipal staff, @PathVariable String id,
			RedirectAttributes redirect) {
		Shipment old = followed(storeId, id);
		desk.remove(storeId, old.id(), staff.email());
		redirect.addFlashAttribute("flash", "Parcel " + old.trackingNumber() + " removed from the order.");
		return "redirect:/admin/orders/" + old.orderId().value();
	}

	private Shipment followed(StoreId storeId, String id) {
		return queries.find(storeId, new ShipmentId(uuid(id)))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String carrierName(Shipment shipment) {
		return shipment.carrier() == null || shipment.carrier().isEmpty() ? ""
				: " (" + detector.carrier(shipment.carrier()).map(Carrier::name).orElse(shipment.carrier()) + ")";
	}

	private static String message(InvalidInputException ex) {
		return ex.problems()
			.stream()
			.map(p -> p.field().equals("trackingNumber") ? "the tracking number " + p.message()
					: p.field() + " " + p.message())
			.reduce((a, b) -> a + "; " + b)
			.orElse("the input is not valid");
	}

	private static @Nullable String blankToNull(String value) {
		return value.isBlank() ? null : value.strip();
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
