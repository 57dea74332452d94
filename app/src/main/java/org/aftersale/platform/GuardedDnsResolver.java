package org.aftersale.platform;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

import org.apache.hc.client5.http.DnsResolver;

/**
 * Resolves a host for the connection about to be opened and refuses it when any of its
 * addresses is not public. The check sits where the connection gets its address, so a
 * name that resolves to a public address when the merchant saves it and to a private one
 * later (DNS rebinding) is refused all the same.
 */
final class GuardedDnsResolver implements DnsResolver {

	private final boolean allowPrivate;

	GuardedDnsResolver(boolean allowPrivate) {
		this.allowPrivate = allowPrivate;
	}

	@Override
	public InetAddress[] resolve(String host) throws UnknownHostException {
		// Brackets of an IPv6 literal in a URL are not part of the address.
		String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
		InetAddress[] addresses = InetAddress.getAllByName(name);
		if (!allowPrivate) {
			for (InetAddress address : addresses) {
				if (!PublicAddress.isPublic(address)) {
					throw new RefusedTarget(host, address.getHostAddress());
				}
			}
		}
		return addresses;
	}

	@Override
	public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
		return Arrays.stream(resolve(host)).map(address -> new InetSocketAddress(address, port)).toList();
	}

	@Override
	public String resolveCanonicalHostname(String host) throws UnknownHostException {
		return resolve(host)[0].getCanonicalHostName();
	}

}
