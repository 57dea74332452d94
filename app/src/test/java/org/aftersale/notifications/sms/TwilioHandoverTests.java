package org.aftersale.notifications.sms;

import java.time.Duration;

import org.aftersale.notifications.SendOutcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the provider's replies become outcomes.
 */
class TwilioHandoverTests {

	@Test
	void acceptsWithTheProvidersSid() {
		assertThat(TwilioHandover.outcome(201, "{\"sid\":\"SM123\",\"status\":\"queued\"}", null))
			.isEqualTo(new SendOutcome.Accepted("SM123"));
	}

	@Test
	void acceptsAMalformedSuccessRatherThanSendingTwice() {
		assertThat(TwilioHandover.outcome(200, "<html>", null)).isEqualTo(new SendOutcome.Accepted("unknown"));
	}

	@Test
	void retriesWhenThrottledOrTheProviderFails() {
		assertThat(TwilioHandover.outcome(429, "{\"code\":20429,\"message\":\"Too Many Requests\"}", "7"))
			.isEqualTo(new SendOutcome.Retry("HTTP 429 error 20429: Too Many Requests", Duration.ofSeconds(7)));
		assertThat(TwilioHandover.outcome(503, "", null)).isInstanceOf(SendOutcome.Retry.class);
	}

	@Test
	void suppressesNumbersTheProviderCallsInvalidLandlineOrUnsubscribed() {
		for (int code : new int[] { 21211, 21614, 21610 }) {
			assertThat(TwilioHandover.outcome(400, "{\"code\":" + code + ",\"message\":\"no\",\"status\":400}", null))
				.isEqualTo(new SendOutcome.Rejected("HTTP 400 error " + code + ": no", true));
		}
	}

	@Test
	void failsOtherRefusalsWithoutSuppressing() {
		assertThat(TwilioHandover.outcome(400, "{\"code\":21602,\"message\":\"Message body is required\"}", null))
			.isEqualTo(new SendOutcome.Rejected("HTTP 400 error 21602: Message body is required", false));
	}

	@Test
	void readsRetryAfterInSecondsOrAsADate() {
		assertThat(TwilioHandover.retryAfter("120")).isEqualTo(Duration.ofSeconds(120));
		assertThat(TwilioHandover.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
		assertThat(TwilioHandover.retryAfter("soon")).isNull();
	}

}
