package org.aftersale.platform;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** An IPv4 or IPv6 CIDR block ({@code 10.0.0.0/8}); a bare address is a block of one. */
record AddressBlock(byte[] network, int prefix) {

	static AddressBlock of(String cidr) {
		String[] parts = cidr.strip().split("/");
		try {
			if (!parts[0].matches("[0-9a-fA-F:.]+")) {
				throw new IllegalArgumentException("not an address: " + cidr);
			}
			byte[] network = InetAddress.getByName(parts[0]).getAddress();
			int prefix = parts.length > 1 ? Integer.parseInt(parts[1]) : network.length * 8;
			if (prefix < 0 || prefix > network.length * 8) {
				throw new IllegalArgumentException("bad prefix: " + cidr);
			}
			return new AddressBlock(network, prefix);
		}
		catch (UnknownHostException | NumberFormatException ex) {
			throw new IllegalArgumentException("not an address or CIDR block: " + cidr, ex);
		}
	}

	boolean contains(InetAddress address) {
		byte[] bytes = address.getAddress();
		if (bytes.length != network.length) {
			return false;
		}
		int bits = network.length * 8;
		BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE).shiftRight(prefix).not();
		return new BigInteger(1, bytes).and(mask).equals(new BigInteger(1, network).and(mask));
	}

}
