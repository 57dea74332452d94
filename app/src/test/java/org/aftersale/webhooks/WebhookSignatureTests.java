package org.aftersale.webhooks;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTests {

	@Test
	void signsTheTimestampAndTheRawBodyWithHmacSha256InHex() {
		// Expected value from Python: hmac.new(b"whsec_test", b'1700000000.{"a":1}',
		// hashlib.sha256).hexdigest()
		String header = WebhookSignature.sign("whsec_test", 1_700_000_000L,
				"{\"a\":1}".getBytes(StandardCharsets.UTF_8));

		assertThat(header)
			.isEqualTo("t=1700000000,v1=38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789");
	}

	@Test
	void changesWithTheTimestampTheBodyAndTheSecret() {
		byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
		String signature = WebhookSignature.sign("whsec_test", 1_700_000_000L, body);

		assertThat(WebhookSignature.sign("whsec_test", 1_700_000_001L, body)).isNotEqualTo(signature);
		assertThat(WebhookSignature.sign("whsec_other", 1_700_000_000L, body)).isNotEqualTo(signature);
		assertThat(WebhookSignature.sign("whsec_test", 1_700_000_000L, "{\"a\": 1}".getBytes(StandardCharsets.UTF_8))
			.substring(13)).isNotEqualTo(signature.substring(13));
	}

}
