package org.aftersale.returns;

import org.aftersale.kernel.InvalidInputException;
import org.aftersale.returns.policy.ReturnPolicy;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A policy as the JSON the API takes and the database keeps: the records' own shape, with
 * enums in lower case ({@code "delivery"}, {@code "store_credit"}, {@code "not_in"}).
 * Unknown properties are refused, so that a misspelt field is not silently ignored.
 */
final class PolicyDocuments {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
		.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private PolicyDocuments() {
	}

	static String write(ReturnPolicy policy) {
		return JSON.writeValueAsString(policy);
	}

	/**
	 * @throws InvalidInputException when the text is not a policy document
	 */
	static ReturnPolicy read(String json) {
		try {
			ReturnPolicy policy = JSON.readValue(json, ReturnPolicy.class);
			if (policy == null) {
				throw new InvalidInputException("policy", "is required");
			}
			return policy;
		}
		catch (JacksonException ex) {
			throw new InvalidInputException("policy", ex.getOriginalMessage());
		}
	}

	static tools.jackson.databind.JsonNode tree(ReturnPolicy policy) {
		return JSON.valueToTree(policy);
	}

}
