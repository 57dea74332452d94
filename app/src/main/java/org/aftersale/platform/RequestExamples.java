package org.aftersale.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gives every request body of the OpenAPI document an example, from
 * {@code openapi/*.examples.json}: one file per module, keyed by {@code "METHOD /path"},
 * each entry a {@code summary} and a {@code value}. Examples live as data beside the
 * module's resources, so they read as what a developer would send, and a test sends them.
 * An operation that declares its own examples keeps them.
 */
@Component
class RequestExamples implements OpenApiCustomizer {

	static final String LOCATION = "classpath*:openapi/*.examples.json";

	private final JsonMapper json;

	RequestExamples(JsonMapper json) {
		this.json = json;
	}

	// Read when the document is built (once, on its first request), not at start-up.
	@Override
	public void customise(OpenAPI api) {
		if (api.getPaths() == null) {
			return;
		}
		Map<String, Example> examples = load(json);
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			Example example = examples.get(method.name() + " " + path);
			if (example != null) {
				attach(operation, example);
			}
		}));
	}

	private static void attach(Operation operation, Example example) {
		if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
			return;
		}
		for (MediaType media : operation.getRequestBody().getContent().values()) {
			if (media.getExample() == null && (media.getExamples() == null || media.getExamples().isEmpty())) {
				media.addExamples("example", example);
			}
		}
	}

	private static Map<String, Example> load(JsonMapper json) {
		Map<String, Example> loaded = new LinkedHashMap<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
				try (InputStream in = resource.getInputStream()) {
					Map<String, Map<String, Object>> entries = json.readValue(in,
							new TypeReference<Map<String, Map<String, Object>>>() {
							});
					entries.forEach((operation, entry) -> loaded.put(operation,
							new Example().summary((String) entry.get("summary")).value(entry.get("value"))));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return loaded;
	}

}
