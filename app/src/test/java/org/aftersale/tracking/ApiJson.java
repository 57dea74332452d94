package org.aftersale.tracking;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes request bodies for tracking tests.
 */
final class ApiJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ApiJson() {
	}

	static String write(Object value) {
		return JSON.writeValueAsString(value);
	}

}
