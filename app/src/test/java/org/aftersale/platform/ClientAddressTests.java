package org.aftersale.platform;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTests {

	@Test // #16
	void ignoresForwardedForUnlessThePeerIsATrustedProxy() {
		ClientAddress none = new ClientAddress(settings(List.of()));
		ClientAddress proxied = new ClientAddress(settings(List.of("10.0.0.0/8", "2001:db8::/32")));

		assertThat(none.of(request("10.1.2.3", "198.51.100.20"))).isEqualTo("10.1.2.3");
		assertThat(proxied.of(request("192.0.2.50", "198.51.100.20"))).isEqualTo("192.0.2.50");
		assertThat(proxied.of(request("10.1.2.3", "198.51.100.20"))).isEqualTo("198.51.100.20");
		assertThat(proxied.of(request("2001:db8::7", "198.51.100.20"))).isEqualTo("198.51.100.20");
	}

	@Test // #16
	void takesTheLastAddressThatIsNotATrustedProxy() {
		ClientAddress proxied = new ClientAddress(settings(List.of("10.0.0.0/8")));

		// The client may write anything at the front of the chain; only what the trusted
		// proxies appended counts.
		assertThat(proxied.of(request("10.0.0.1", "1.2.3.4, 198.51.100.20, 10.0.0.9"))).isEqualTo("198.51.100.20");
		assertThat(proxied.of(request("10.0.0.1", "10.0.0.8, 10.0.0.9"))).isEqualTo("10.0.0.8");
		assertThat(proxied.of(request("10.0.0.1", ""))).isEqualTo("10.0.0.1");
	}

	private static MockHttpServletRequest request(String peer, String forwardedFor) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(peer);
		request.addHeader("X-Forwarded-For", forwardedFor);
		return request;
	}

	private static PlatformSettings settings(List<String> trustedProxies) {
		return new PlatformSettings(Path.of("."), null, false, DataSize.ofMegabytes(1), DataSize.ofMegabytes(20),
				DataSize.ofMegabytes(8), List.of(), null, null, trustedProxies, null);
	}

}
