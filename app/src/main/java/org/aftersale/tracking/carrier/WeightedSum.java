package org.aftersale.tracking.carrier;

import java.util.List;

/**
 * FedEx Express: the serial's digits times a repeating weight pattern, summed, reduced
 * modulo {@code modulo1} and then {@code modulo2} (so a remainder of 10 prints as 0).
 */
record WeightedSum(List<Integer> weights, int modulo1, int modulo2) implements CheckDigit {

	WeightedSum {
		weights = List.copyOf(weights);
	}

	@Override
	public boolean verifies(String serial, String check) {
		if (check.length() != 1) {
			return false;
		}
		int total = 0;
		for (int i = 0; i < Math.min(serial.length(), weights.size()); i++) {
			total += (serial.charAt(i) - '0') * weights.get(i);
		}
		return total % modulo1 % modulo2 == check.charAt(0) - '0';
	}

}
