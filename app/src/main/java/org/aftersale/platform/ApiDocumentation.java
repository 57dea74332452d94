package org.aftersale.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document says of the API as a whole: its title and version, and that
 * every operation takes the store's API key as a bearer token, so that "Try it out" in
 * the browsable docs sends one.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String API_KEY = "apiKey";

	@Bean
	OpenAPI aftersaleOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Aftersale API")
				.version("v1")
				.description("Orders, shipments, tracking events, notifications and webhooks of one store. "
						+ "Authenticate with the store's API key: `Authorization: Bearer <apiKey>`. Errors are "
						+ "RFC 9457 problems; lists are cursor-paginated; POSTs honour `Idempotency-Key`."))
			.components(new Components().addSecuritySchemes(API_KEY,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("The store's API key (as_<prefix>_<secret>)")))
			.addSecurityItem(new SecurityRequirement().addList(API_KEY));
	}

}
