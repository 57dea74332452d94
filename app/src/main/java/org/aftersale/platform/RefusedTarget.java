package org.aftersale.platform;

import java.net.UnknownHostException;

/**
 * A merchant-given URL led to an address that is not on the public internet, and the
 * operator has not allowed private networks.
 */
public class RefusedTarget extends UnknownHostException {

	RefusedTarget(String host, String address) {
		super(host + " leads to " + address
				+ ", which is not a public address; calls to private networks are off (AFTERSALE_OUTBOUND_ALLOW_PRIVATE)");
	}

}
