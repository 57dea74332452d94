package org.aftersale.returns.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.aftersale.kernel.ConflictException;
import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.Money;
import org.aftersale.kernel.StoreId;
import org.aftersale.returns.PolicyBacktest;
import org.aftersale.returns.PolicyDocuments;
import org.aftersale.returns.ReturnPolicies;
import org.aftersale.returns.policy.ReturnPolicy;
import org.aftersale.stores.StoreDirectory;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/returns/policy")
@Tag(name = "Return policy", description = "The published policy, a draft, and publishing it")
class ReturnPolicyApiController {

	private final ReturnPolicies policies;

	private final PolicyBacktest backtest;

	private final StoreDirectory stores;

	ReturnPolicyApiController(ReturnPolicies policies, PolicyBacktest backtest, StoreDirectory stores) {
		this.policies = policies;
		this.backtest = backtest;
		this.stores = stores;
	}

	/** A period of days in the store's time zone, both included, or exact times. */
	record Period(@Nullable String from, @Nullable String to) {
	}

	@PostMapping("/backtests")
	@PreAuthorize("hasRole('API_READ')")
	@Operation(summary = "Back-test the draft on a period's orders and returns",
			description = "from and to are days (both included, in the store's time zone) or ISO-8601 times. "
					+ "Items are judged the day after their parcel arrived, under the published policy and the "
					+ "draft; past returns are asked again under the draft on the day they were asked.")
	Map<String, Object> backtest(StoreId storeId, @RequestBody Period period) {
		java.time.ZoneId zone = stores.get(storeId).zone();
		Instant from = instant(period.from(), "from", zone, false);
		Instant to = instant(period.to(), "to", zone, true);
		PolicyBacktest.Result result = backtest.run(storeId, from, to);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("publishedVersion", result.publishedVersion());
		body.put("draftVersion", result.draftVersion());
		body.put("orders", result.orders());
		body.put("items",
				Map.of("judged", result.items(), "returnableBefore", result.returnableBefore(), "returnableAfter",
						result.returnableAfter(), "becameReturnable", result.becameReturnable(), "becameNotReturnable",
						result.becameNotReturnable()));
		Map<String, Object> returns = new LinkedHashMap<>();
		returns.put("replayed", result.returns());
		returns.put("wouldBeDenied", result.returnsDenied());
		returns.put("wouldBeReviewed", result.returnsReviewed());
		if (result.currency() != null) {
			java.util.Currency currency = java.util.Currency.getInstance(result.currency());
			returns.put("feesBefore", new Money(result.feesBeforeMinor(), currency).toString());
			returns.put("feesAfter", new Money(result.feesAfterMinor(), currency).toString());
			returns.put("currency", result.currency());
		}
		body.put("returns", returns);
		body.put("examples", result.examples());
		body.put("millis", result.millis());
		return body;
	}

	private static Instant instant(@Nullable String value, String field, java.time.ZoneId zone, boolean end) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, "is required: a day such as 2026-01-31 or an ISO-8601 time");
		}
		try {
			if (value.contains("T")) {
				return java.time.OffsetDateTime.parse(value).toInstant();
			}
			java.time.LocalDate day = java.time.LocalDate.parse(value);
			return (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new InvalidInputException(field, "is not a day such as 2026-01-31 or an ISO-8601 time");
		}
	}

	@GetMapping
	@PreAuthorize("hasRole('API_READ')")
	@Operation(summary = "The published policy and the draft, if any",
			description = "Until the merchant publishes one, the standard policy (version 0) decides.")
	Map<String, Object> get(StoreId storeId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("published", PolicyDocuments.map(policies.published(storeId)));
		body.put("draft", policies.draft(storeId).map(PolicyDocuments::map).orElse(null));
		return body;
	}

	@PutMapping("/draft")
	@PreAuthorize("hasRole('API_WRITE')")
	@Operation(summary = "Replace the draft with a whole policy",
			description = "The policy document: window {days, from: order|shipment|delivery, special, holiday}, "
					+ "reasons [{code, label, subReasons, photosRequired}], resolutions, methods, rules [{name, "
					+ "when {all, any: [{fact, op, values}]}, then {outcome, message, resolutions, methods, fees, "
					+ "destination, keepItemBelow}}], keepItemBelow. Every problem is reported at its place.")
	Map<String, Object> saveDraft(StoreId storeId, @RequestBody String document) {
		ReturnPolicy draft = policies.saveDraft(storeId, PolicyDocuments.read(document));
		return PolicyDocuments.map(draft);
	}

	@PostMapping("/publish")
	@PreAuthorize("hasRole('API_WRITE')")
	@Operation(summary = "Publish the draft", description = "409 when there is no draft.")
	Map<String, Object> publish(StoreId storeId) {
		return policies.publish(storeId)
			.map(PolicyDocuments::map)
			.orElseThrow(() -> new ConflictException("There is no draft to publish."));
	}

}
