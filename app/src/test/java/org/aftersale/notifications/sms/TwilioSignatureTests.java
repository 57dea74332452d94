package org.aftersale.notifications.sms;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signature against Twilio's published vectors. The brief's version of the vector
 * (example.com, +12349013030) does not produce RSOYDt…: the published one is for
 * mycompany.com and +14158675309 (twilio-python's request validator tests), and its
 * sibling in Twilio's security docs uses +14158675310.
 */
class TwilioSignatureTests {

	static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";

	static Map<String, List<String>> params(String caller) {
		return Map.of("CallSid", List.of("CA1234567890ABCDE"), "Caller", List.of(caller), "Digits", List.of("1234"),
				"From", List.of(caller), "To", List.of("+18005551212"));
	}

	@Test
	void matchesTwiliosPublishedVectors() {
		assertThat(TwilioSignature.sign("12345", URL, params("+14158675309")))
			.isEqualTo("RSOYDt4T1cUTdK1PDd93/VVr8B8=");
		assertThat(TwilioSignature.sign("12345", URL, params("+14158675310")))
			.isEqualTo("GvWf1cFY/Q7PnoempGyD5oXAezc=");
	}

	@Test
	void acceptsOnlyTheExactSignatureOfTheExactRequest() {
		Map<String, List<String>> params = params("+14158675309");
		assertThat(TwilioSignature.matches("12345", URL, params, "RSOYDt4T1cUTdK1PDd93/VVr8B8=")).isTrue();
		assertThat(TwilioSignature.matches("12346", URL, params, "RSOYDt4T1cUTdK1PDd93/VVr8B8=")).isFalse();
		assertThat(
				TwilioSignature.matches("12345", URL.replace("bar=2", "bar=3"), params, "RSOYDt4T1cUTdK1PDd93/VVr8B8="))
			.isFalse();
		assertThat(TwilioSignature.matches("12345", URL, params("+14158675310"), "RSOYDt4T1cUTdK1PDd93/VVr8B8="))
			.isFalse();
		assertThat(TwilioSignature.matches("12345", URL, params, null)).isFalse();
		assertThat(TwilioSignature.matches("12345", URL, params, "")).isFalse();
	}

}
