package org.aftersale.returns;

import java.util.Map;

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
public final class PolicyDocuments {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
		.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		// Absent numbers and flags take their defaults (no photos required, version 0).
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private PolicyDocuments() {
	}

	public static String write(ReturnPolicy policy) {
		return JSON.writeValueAsString(policy);
	}

	/**
	 * @throws InvalidInputException when the text is not a policy document
	 */
	public static ReturnPolicy read(String json) {
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

	/** The document as plain maps and lists, for a JSON response. */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> map(ReturnPolicy policy) {
		return JSON.convertValue(policy, Map.class);
	}

}
