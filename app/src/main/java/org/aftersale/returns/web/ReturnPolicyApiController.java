package org.aftersale.returns.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.aftersale.kernel.ConflictException;
import org.aftersale.kernel.StoreId;
import org.aftersale.returns.PolicyDocuments;
import org.aftersale.returns.ReturnPolicies;
import org.aftersale.returns.policy.ReturnPolicy;

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

	ReturnPolicyApiController(ReturnPolicies policies) {
		this.policies = policies;
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
