package org.aftersale.demo;

import java.util.random.RandomGenerator;

/**
 * Tracking numbers in the carriers' published formats with valid check digits, so the
 * demo's shipments look like real ones to carrier detection.
 */
final class DemoTrackingNumbers {

	private static final String ALPHANUMERIC = "0123456789ABCDEFGHJKLMNPRSTVWXY";

	private DemoTrackingNumbers() {
	}

	/**
	 * UPS {@code 1Z}: 15 characters, then a mod-10 check digit that doubles odd positions
	 * (0-based).
	 */
	static String ups(RandomGenerator random) {
		StringBuilder serial = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			serial.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
		}
		serial.append(random.nextBoolean() ? "03" : "01");
		for (int i = 0; i < 7; i++) {
			serial.append(random.nextInt(10));
		}
		int sum = 0;
		for (int i = 0; i < serial.length(); i++) {
			char c = serial.charAt(i);
			int value = Character.isDigit(c) ? c - '0' : (c - 3) % 10;
			sum += value * (i % 2 == 1 ? 2 : 1);
		}
		return "1Z" + serial + ((10 - sum % 10) % 10);
	}

	/** USPS 20-digit: a mod-10 check digit that triples even positions (0-based). */
	static String usps(RandomGenerator random) {
		StringBuilder serial = new StringBuilder("03");
		for (int i = 0; i < 17; i++) {
			serial.append(random.nextInt(10));
		}
		int sum = 0;
		for (int i = 0; i < serial.length(); i++) {
			sum += (serial.charAt(i) - '0') * (i % 2 == 0 ? 3 : 1);
		}
		return serial.toString() + ((10 - sum % 10) % 10);
	}

}
