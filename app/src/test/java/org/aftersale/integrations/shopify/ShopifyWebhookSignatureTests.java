package org.aftersale.integrations.shopify;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ShopifyWebhookSignatureTests {

	@Test
	void acceptsTheValidVectorsAndRejectsTheTamperedOnes() {
		JsonNode vectors = ShopifyFixtures.tree("webhook_hmac_vectors_DERIVED.json").get("vectors");
		int valid = 0;
		int invalid = 0;
		for (JsonNode vector : vectors) {
			byte[] secret = vector.get("secret").asString().getBytes(StandardCharsets.UTF_8);
			byte[] body = ShopifyFixtures.bytes(vector.get("body_file").asString());
			if (!vector.get("valid").asBoolean()) {
				body = tamper(body);
			}
			boolean matches = ShopifyWebhookVerifier.matches(secret, vector.get("x_shopify_hmac_sha256").asString(),
					body);
			assertThat(matches).as(vector.toString()).isEqualTo(vector.get("valid").asBoolean());
			if (matches) {
				valid++;
			}
			else {
				assertThat(ShopifyWebhookVerifier.matches(secret,
						vector.get("expected_hmac_for_mutated_body").asString(), body))
					.as("the tampered body is the one the vector describes")
					.isTrue();
				invalid++;
			}
		}
		assertThat(valid).isEqualTo(3);
		assertThat(invalid).isEqualTo(3);
	}

	@Test
	void rejectsSignaturesThatAreNotBase64() {
		byte[] body = ShopifyFixtures.bytes("webhook_body_order.json");
		assertThat(ShopifyWebhookVerifier.matches("hush".getBytes(StandardCharsets.UTF_8), "not base64!", body))
			.isFalse();
	}

	static byte[] tamper(byte[] body) {
		return new String(body, StandardCharsets.UTF_8).replaceFirst("\"id\":", "\"id\" :")
			.getBytes(StandardCharsets.UTF_8);
	}

}
