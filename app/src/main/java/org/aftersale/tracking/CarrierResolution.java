package org.aftersale.tracking;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Decides which carrier a new shipment is with: the code the caller gave, else the
 * carrier a shop's free-text name ("United States Postal Service") stands for, else what
 * the tracking number itself says when its check digit proves it. Fills the tracking URL
 * from the carrier's template when the caller gave none.
 */
@Component
class CarrierResolution {

	private final CarrierDetector detector;

	CarrierResolution(CarrierDetector detector) {
		this.detector = detector;
	}

	ShipmentSubmission complete(ShipmentSubmission submission) {
		Optional<Carrier> carrier = carrierFor(submission.carrier(), submission.trackingNumber());
		String code = carrier.map(Carrier::code).orElse(submission.carrier());
		String url = submission.trackingUrl() != null ? submission.trackingUrl()
				: carrier.map(c -> c.trackingUrl(CarrierDetector.normalize(submission.trackingNumber()))).orElse(null);
		return new ShipmentSubmission(submission.trackingNumber(), code, submission.service(), url,
				submission.shippedAt(), submission.estimatedDelivery(), submission.fulfilmentId(),
				submission.lineItems());
	}

	/**
	 * Our carrier code for a shop's carrier name, or {@code null} when we do not know the
	 * name.
	 */
	@Nullable String codeFor(@Nullable String shopCarrierName, String trackingNumber) {
		return carrierFor(shopCarrierName, trackingNumber).map(Carrier::code).orElse(null);
	}

	private Optional<Carrier> carrierFor(@Nullable String given, String trackingNumber) {
		if (given != null && !given.isBlank()) {
			Optional<Carrier> named = detector.carrier(given.strip()).or(() -> detector.byName(given));
			if (named.isPresent()) {
				return named;
			}
		}
		// Only a passing check digit is proof enough to name a carrier the caller did
		// not.
		return detector.detect(trackingNumber)
			.stream()
			.filter(CarrierCandidate::checksumValid)
			.findFirst()
			.map(CarrierCandidate::carrier);
	}

}
