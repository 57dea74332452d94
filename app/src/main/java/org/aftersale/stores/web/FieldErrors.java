package org.aftersale.stores.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.aftersale.kernel.FieldProblem;
import org.aftersale.kernel.InvalidInputException;

/**
 * Domain problems keyed by form field, so a page can show each message next to its input.
 * The first message per field wins: one clear sentence beats a list.
 */
final class FieldErrors {

	private FieldErrors() {
	}

	static Map<String, String> none() {
		return Map.of();
	}

	static Map<String, String> of(InvalidInputException ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldProblem problem : ex.problems()) {
			errors.putIfAbsent(problem.field(), problem.message());
		}
		return errors;
	}

	static Map<String, String> of(String field, String message) {
		return Map.of(field, message);
	}

}
