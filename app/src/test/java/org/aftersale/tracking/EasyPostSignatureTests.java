package org.aftersale.tracking;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;

import org.aftersale.testing.ThirdPartyFixtures;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class EasyPostSignatureTests {

	@Test // #3
	void matchesEasyPostsOwnTestVectorOverTheBodyWithoutItsTrailingNewline() {
		JsonNode fixtures = JsonMapper.builder()
			.build()
			.readTree(ThirdPartyFixtures.bytes("easypost/fixtures/client-library-fixtures.json"))
			.get("webhooks");
		byte[] file = ThirdPartyFixtures.bytes("easypost/fixtures/event-body.json");
		byte[] body = Arrays.copyOf(file, file.length - 1);
		String secret = fixtures.get("secret").asString();
		String expected = fixtures.get("hmac_signature").asString();

		assertThat(EasyPostSignature.verify(secret, expected, body)).isTrue();
		assertThat(EasyPostSignature.verify(secret, expected, file)).as("with the trailing newline").isFalse();
		assertThat(EasyPostSignature.verify(Normalizer.normalize(secret, Normalizer.Form.NFC), expected, file))
			.isFalse();
		assertThat(EasyPostSignature.verify("another secret", expected, body)).isFalse();
		assertThat(EasyPostSignature.verify(secret, null, body)).isFalse();
		assertThat(new String(body, StandardCharsets.UTF_8)).startsWith("{\"description\":\"tracker.updated\"");
	}

}
