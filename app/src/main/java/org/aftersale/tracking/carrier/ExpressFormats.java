package org.aftersale.tracking.carrier;

import java.util.List;

import static org.aftersale.tracking.carrier.TrackingFormat.format;

/** UPS and FedEx, whose formats and service codes are the most numerous. */
final class ExpressFormats {

	static final CodeTable UPS_SERVICES = CodeTable.of("01", "Next Day Air", "02", "2nd Day Air", "03", "Ground", "12",
			"3 Day Select", "13", "Next Day Air Saver", "15", "Next Day Air Early", "22", "Ground Returns Plus", "32",
			"Next Day Air Early COD", "33", "Next Day Air Early Saturday COD", "41", "Next Day Air Early Saturday",
			"42", "Ground Signature Required", "44", "Next Day Air Saturday", "66", "Worldwide Express", "72",
			"Ground COD", "78", "Ground Returns Plus", "90", "Ground Returns", "A0",
			"Next Day Air Early Adult Signature", "A1", "Next Day Air Early Saturday Adult Signature", "A2",
			"Next Day Air Adult Signature", "A8", "Ground Adult Signature", "A9",
			"Next Day Air Early Adult Signature COD", "AA", "Next Day Air Early Saturday Adult Signature COD", "YW",
			"SurePost (delivered by USPS)");

	static final CodeTable UPS_WAYBILL_SERVICES = CodeTable.of("J", "Next Day Express", "K", "Ground", "V",
			"Worldwide Express Saver");

	static final CodeTable SSCC_CONTAINERS = CodeTable.of("00", "case or carton", "01", "pallet", "02",
			"larger than a pallet", "04", "internal use");

	private static final List<Integer> EXPRESS_12 = List.of(3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1);

	private static final List<Integer> EXPRESS_13 = List.of(1, 7, 3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1);

	private ExpressFormats() {
	}

	static List<TrackingFormat> all() {
		return List.of(
				// The 1Z number: shipper account, service, package; letters may appear in
				// all three.
				format("ups", "UPS",
						"1Z(?<SerialNumber>[A-Z0-9]{6}(?<ServiceType>[A-Z0-9]{2})[A-Z0-9]{7})(?<CheckDigit>[0-9])")
					.check(new Mod10(1, 2, false))
					.codes("ServiceType", UPS_SERVICES)
					.fixed(2)
					.build(),
				format("ups", "UPS Waybill", "(?<ServiceType>[AHJKTV])(?<SerialNumber>[0-9]{9})(?<CheckDigit>[0-9])")
					.check(new Mod10(1, 2, false))
					.codes("ServiceType", UPS_WAYBILL_SERVICES)
					.fixed(1)
					.build(),
				format("fedex", "FedEx Express (12)", "(?<SerialNumber>[0-9]{11})(?<CheckDigit>[0-9])")
					.check(new WeightedSum(EXPRESS_12, 11, 10))
					.build(),
				format("fedex", "FedEx Express (34)", "[0-8][0-9]{19}(?<SerialNumber>[0-9]{13})(?<CheckDigit>[0-9])")
					.check(new WeightedSum(EXPRESS_13, 11, 10))
					.build(),
				// ASTRA labels carry the Express number in the middle, followed by four
				// more digits.
				format("fedex", "FedEx ASTRA (32)", "3[0-9]{15}(?<SerialNumber>[0-9]{11})(?<CheckDigit>[0-9])[0-9]{4}")
					.check(new WeightedSum(EXPRESS_12, 11, 10))
					.fixed(1)
					.build(),
				format("fedex", "FedEx Ground", "(?<SerialNumber>[0-9]{14})(?<CheckDigit>[0-9])")
					.check(new Mod10(1, 3, false))
					.build(),
				format("fedex", "FedEx Ground (SSCC-18)",
						"(?<ContainerType>[0-9]{2})(?<SerialNumber>[0-9]{15})(?<CheckDigit>[0-9])")
					.check(new Mod10(3, 1, false))
					.codes("ContainerType", SSCC_CONTAINERS)
					.build(),
				format("fedex", "FedEx Ground 96 (22)",
						"96[0-9]{2}[0-9]{3}(?<SerialNumber>[0-9]{14})(?<CheckDigit>[0-9])")
					.check(new Mod10(1, 3, false))
					.fixed(2)
					.build(),
				format("fedex", "FedEx Ground GSN", "96[0-9]{18}(?<SerialNumber>[0-9]{13})(?<CheckDigit>[0-9])")
					.check(new WeightedSum(EXPRESS_13, 11, 10))
					.fixed(2)
					.build());
	}

}
