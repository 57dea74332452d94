package org.aftersale.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * An RFC 9457 problem written by a filter, before Spring MVC (and its message converters)
 * would: in UTF-8, whatever the servlet container's default, with the detail escaped.
 */
final class ProblemResponse {

	private ProblemResponse() {
	}

	static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getOutputStream()
			.write(("{\"type\":\"about:blank\",\"title\":" + quoted(status.getReasonPhrase()) + ",\"status\":"
					+ status.value() + ",\"detail\":" + quoted(detail) + "}")
				.getBytes(StandardCharsets.UTF_8));
	}

	private static String quoted(String text) {
		StringBuilder out = new StringBuilder(text.length() + 2).append('"');
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

}
