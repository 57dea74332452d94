package org.aftersale.platform;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Whether an address is on the public internet, where a merchant-given URL may lead.
 * Everything else is refused for outbound calls: loopback, private (RFC 1918), shared
 * carrier-grade NAT (RFC 6598, where some clouds put their metadata service), link-local
 * (169.254.169.254 is the usual cloud metadata address), unique-local IPv6, multicast,
 * and the ranges reserved for documentation, benchmarks and future use. IPv6 forms that
 * carry an IPv4 address (NAT64, 6to4, compatible) are judged by the address they carry.
 */
public final class PublicAddress {

	// IANA's special-purpose registry (RFC 6890 and successors), less the blocks that are
	// globally reachable.
	private static final List<AddressBlock> NOT_PUBLIC_V4 = Stream
		.of("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
				"192.0.0.0/24", "192.0.2.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24",
				"224.0.0.0/3")
		.map(AddressBlock::of)
		.toList();

	private PublicAddress() {
	}

	public static boolean isPublic(InetAddress address) {
		if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return false;
		}
		byte[] b = address.getAddress();
		if (address instanceof Inet4Address) {
			return isPublicV4(address);
		}
		if (address instanceof Inet6Address) {
			return isPublicV6(b);
		}
		return false;
	}

	private static boolean isPublicV4(InetAddress address) {
		return NOT_PUBLIC_V4.stream().noneMatch(block -> block.contains(address));
	}

	private static boolean isPublicV6(byte[] b) {
		int first = b[0] & 0xff;
		if ((first & 0xfe) == 0xfc) {
			return false; // unique local fc00::/7
		}
		if (first == 0x20 && b[1] == 0x01 && b[2] == 0x0d && (b[3] & 0xff) == 0xb8) {
			return false; // documentation 2001:db8::/32
		}
		if (first == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0) {
			return false; // Teredo 2001::/32: the IPv4 address inside is obscured
		}
		if (first == 0x20 && b[1] == 0x02) {
			return embedded(b, 2); // 6to4 2002::/16
		}
		if (first == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
			return embedded(b, 12); // NAT64 64:ff9b::/96
		}
		boolean zeroPrefix = Arrays.equals(Arrays.copyOf(b, 12), new byte[12]);
		if (zeroPrefix) {
			return embedded(b, 12); // IPv4-compatible ::a.b.c.d
		}
		return true;
	}

	private static boolean embedded(byte[] b, int offset) {
		try {
			return isPublic(InetAddress.getByAddress(Arrays.copyOfRange(b, offset, offset + 4)));
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
