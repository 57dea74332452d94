package org.aftersale.webhooks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiverUrlTests {

	@Test
	void acceptsHttpsAnywhereAndPlainHttpOnlyOnLoopback() {
		assertThat(ReceiverUrl.problem("https://erp.example.com/hooks?x=1", false)).isEmpty();
		assertThat(ReceiverUrl.problem("http://localhost:8089/hooks", false)).isEmpty();
		assertThat(ReceiverUrl.problem("http://127.0.0.1/hooks", false)).isEmpty();
		assertThat(ReceiverUrl.problem("http://erp.example.com/hooks", false))
			.contains("must use https:// (plain " + "http:// only for localhost)");
		assertThat(ReceiverUrl.problem("http://erp.example.com/hooks", true)).isEmpty();
	}

	@Test
	void refusesWhatIsNotAnAbsoluteWebUrl() {
		assertThat(ReceiverUrl.problem("", false)).isPresent();
		assertThat(ReceiverUrl.problem("not a url", false)).isPresent();
		assertThat(ReceiverUrl.problem("/relative/path", false)).isPresent();
		assertThat(ReceiverUrl.problem("ftp://example.com/x", false)).isPresent();
		assertThat(ReceiverUrl.problem("https://user:pw@example.com/x", false)).isPresent();
		assertThat(ReceiverUrl.problem("https://example.com/" + "a".repeat(2000), false))
			.contains("must be at most 2000 characters");
	}

}
