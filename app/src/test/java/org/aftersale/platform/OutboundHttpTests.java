package org.aftersale.platform;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Calls to merchant-given URLs against a receiver on this machine: refused unless the
 * operator allows private networks, whatever the URL names it by, and never redirected.
 */
class OutboundHttpTests {

	private final WireMockServer receiver = new WireMockServer(options().dynamicPort().bindAddress("0.0.0.0"));

	private OutboundHttp guarded;

	private OutboundHttp open;

	@BeforeEach
	void start() {
		receiver.start();
		receiver.stubFor(post(urlPathEqualTo("/hook")).willReturn(aResponse().withStatus(200).withBody("thanks")));
		receiver.stubFor(post(urlPathEqualTo("/moved")).willReturn(
				aResponse().withStatus(302).withHeader("Location", "http://127.0.0.1:" + receiver.port() + "/hook")));
		receiver.stubFor(
				post(urlPathEqualTo("/big")).willReturn(aResponse().withStatus(500).withBody("x".repeat(100_000))));
		guarded = new OutboundHttp(new OutboundSettings(false, Duration.ofSeconds(2), 4));
		open = new OutboundHttp(new OutboundSettings(true, Duration.ofSeconds(2), 4));
	}

	@AfterEach
	void stop() throws IOException {
		receiver.stop();
		guarded.destroy();
		open.destroy();
	}

	@Test // #16
	void refusesLoopbackByAnyName() {
		for (String host : new String[] { "127.0.0.1", "localhost", "[::1]", "127.1", "2130706433" }) {
			assertThatThrownBy(() -> send(guarded, "http://" + host + ":" + receiver.port() + "/hook")).as(host)
				.isInstanceOf(RefusedTarget.class)
				.hasMessageContaining("not a public address");
		}
		assertThat(receiver.getAllServeEvents()).isEmpty();
	}

	@Test // #16
	void refusesANameThatResolvesPrivatelyAtConnectTime() throws IOException {
		// This machine's own name is not a literal and not "localhost": only the check on
		// the resolved address, where the connection is opened, catches it, as it catches
		// a public name rebound to a private address after it was saved.
		String name = InetAddress.getLocalHost().getHostName();
		assumeThat(PublicAddress.isPublic(InetAddress.getByName(name))).isFalse();
		assertThat(guarded.refusal(URI.create("http://" + name + "/hook"))).isEmpty();

		assertThatThrownBy(() -> send(guarded, "http://" + name + ":" + receiver.port() + "/hook"))
			.isInstanceOf(RefusedTarget.class);
		assertThat(receiver.getAllServeEvents()).isEmpty();
	}

	@Test // #16
	void callsPrivateAddressesWhenTheOperatorAllowsThemButFollowsNoRedirect() throws IOException {
		OutboundHttp.Answer answer = send(open, "http://127.0.0.1:" + receiver.port() + "/hook");
		OutboundHttp.Answer moved = send(open, "http://127.0.0.1:" + receiver.port() + "/moved");
		OutboundHttp.Answer big = send(open, "http://127.0.0.1:" + receiver.port() + "/big");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).isEqualTo("thanks");
		assertThat(moved.status()).isEqualTo(302);
		assertThat(big.body()).hasSize(1024);
		assertThat(receiver.getAllServeEvents()).hasSize(3);
	}

	@Test // #16
	void tellsAtSaveTimeWhatIsPlainlyPrivate() {
		assertThat(guarded.refusal(URI.create("http://169.254.169.254/latest/meta-data"))).isPresent();
		assertThat(guarded.refusal(URI.create("https://localhost/hook"))).isPresent();
		assertThat(guarded.refusal(URI.create("https://[fd00::1]/hook"))).isPresent();
		assertThat(guarded.refusal(URI.create("https://hooks.example.com/in"))).isEmpty();
		assertThat(guarded.refusal(URI.create("https://93.184.215.14/in"))).isEmpty();
		assertThat(open.refusal(URI.create("http://127.0.0.1/hook"))).isEmpty();
	}

	private static OutboundHttp.Answer send(OutboundHttp http, String url) throws IOException {
		return http.post(URI.create(url), Map.of("Content-Type", "application/json"),
				"{}".getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(3), 1024);
	}

}
