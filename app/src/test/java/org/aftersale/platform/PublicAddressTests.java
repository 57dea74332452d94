package org.aftersale.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PublicAddressTests {

	@ParameterizedTest // #16
	@ValueSource(strings = { "127.0.0.1", "127.1.2.3", "0.0.0.0", "10.1.2.3", "172.16.0.1", "172.31.255.255",
			"192.168.1.1", "169.254.169.254", "100.64.0.1", "100.100.100.200", "100.127.255.255", "192.0.0.8",
			"192.0.2.1", "198.18.0.1", "198.51.100.7", "203.0.113.9", "224.0.0.1", "240.0.0.1", "255.255.255.255",
			"::1", "::", "fe80::1", "fc00::1", "fd00:ec2::254", "2001:db8::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1",
			"::127.0.0.1", "64:ff9b::a9fe:a9fe", "2002:7f00:1::1", "2001:0:4136:e378::1", "ff02::1" })
	void refusesAddressesOffThePublicInternet(String address) throws UnknownHostException {
		assertThat(PublicAddress.isPublic(InetAddress.getByName(address))).isFalse();
	}

	@ParameterizedTest // #16
	@ValueSource(strings = { "8.8.8.8", "1.1.1.1", "100.63.255.255", "100.128.0.1", "172.15.255.255", "172.32.0.1",
			"192.169.0.1", "198.20.0.1", "2606:4700:4700::1111", "2a00:1450:4001:81b::200e", "64:ff9b::808:808",
			"2002:808:808::1" })
	void letsPublicAddressesThrough(String address) throws UnknownHostException {
		assertThat(PublicAddress.isPublic(InetAddress.getByName(address))).isTrue();
	}

}
