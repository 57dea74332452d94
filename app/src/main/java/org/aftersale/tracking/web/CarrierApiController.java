package org.aftersale.tracking.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.aftersale.kernel.InvalidInputException;
import org.aftersale.tracking.CarrierCandidate;
import org.aftersale.tracking.CarrierDetector;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/carriers")
@Tag(name = "Carriers", description = "Which carrier a tracking number belongs to")
class CarrierApiController {

	private final CarrierDetector detector;

	CarrierApiController(CarrierDetector detector) {
		this.detector = detector;
	}

	record CandidateJson(String carrier, String name, boolean checksumValid, String trackingUrl, String format,
			@Nullable String service) {

		static CandidateJson of(CarrierCandidate candidate, String number) {
			return new CandidateJson(candidate.carrier().code(), candidate.label(), candidate.checksumValid(),
					candidate.carrier().trackingUrl(number), candidate.format(), candidate.service());
		}

	}

	record DetectionJson(List<CandidateJson> candidates) {
	}

	@GetMapping("/detect")
	@PreAuthorize("hasRole('API_READ')")
	@Operation(summary = "Detect the carrier of a tracking number",
			description = "Every carrier whose format the number matches, most likely first. checksumValid is true "
					+ "only when the carrier's check digit verifies. Spaces, dashes and case are ignored; "
					+ "a number no carrier uses answers an empty list.")
	DetectionJson detect(@RequestParam(name = "trackingNumber", required = false) @Nullable String trackingNumber) {
		if (trackingNumber == null || trackingNumber.isBlank()) {
			throw new InvalidInputException("trackingNumber", "is required");
		}
		if (trackingNumber.length() > CarrierDetector.MAX_LENGTH) {
			throw new InvalidInputException("trackingNumber",
					"must be at most " + CarrierDetector.MAX_LENGTH + " characters");
		}
		String number = CarrierDetector.normalize(trackingNumber);
		return new DetectionJson(detector.detect(trackingNumber)
			.stream()
			.map(candidate -> CandidateJson.of(candidate, number))
			.toList());
	}

}
