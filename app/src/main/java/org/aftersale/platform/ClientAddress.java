package org.aftersale.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * The address of the client behind a request, for limits and audit logs. Behind a reverse
 * proxy every request comes from the proxy, so {@code X-Forwarded-For} is read, but only
 * when the connection comes from a proxy the operator named
 * ({@code AFTERSALE_TRUSTED_PROXIES}, addresses or CIDR blocks): anyone else could write
 * any address there. The client is the last address in the header's chain that is not
 * itself a trusted proxy.
 */
@Component
public class ClientAddress {

	private final List<AddressBlock> trusted;

	ClientAddress(PlatformSettings settings) {
		this.trusted = settings.trustedProxies().stream().map(AddressBlock::of).toList();
	}

	public String of(HttpServletRequest request) {
		String address = request.getRemoteAddr();
		if (trusted.isEmpty() || !isTrusted(address)) {
			return address;
		}
		String forwarded = request.getHeader("X-Forwarded-For");
		if (forwarded == null || forwarded.isBlank()) {
			return address;
		}
		String[] chain = forwarded.split(",");
		for (int i = chain.length - 1; i >= 0; i--) {
			String hop = chain[i].strip();
			if (hop.isEmpty()) {
				continue;
			}
			if (!isTrusted(hop)) {
				return hop;
			}
			address = hop;
		}
		return address;
	}

	private boolean isTrusted(String address) {
		InetAddress parsed;
		try {
			// Only literals: a header value must never trigger a DNS look-up.
			if (!address.matches("[0-9a-fA-F:.]+")) {
				return false;
			}
			parsed = InetAddress.getByName(address);
		}
		catch (UnknownHostException ex) {
			return false;
		}
		return trusted.stream().anyMatch(block -> block.contains(parsed));
	}

}
