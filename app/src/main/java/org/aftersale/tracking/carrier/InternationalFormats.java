package org.aftersale.tracking.carrier;

import java.util.List;

import static org.aftersale.tracking.carrier.TrackingFormat.format;

/** DHL, DPD and the cross-border and UK carriers. */
final class InternationalFormats {

	static final CodeTable DPD_SERVICES = CodeTable.of("101|136", "D", "102", "D-HAZ", "105", "D-EXW", "106",
			"D-EXW-HAZ", "109", "D-COD", "110", "D-COD-HAZ", "113", "D-SWAP", "154", "Parcel Letter", "155", "PM2",
			"161", "PM2-COD", "179", "AM1", "191", "AM1-COD", "225", "AM2", "237", "AM2-COD", "350", "AM0");

	static final CodeTable DPD_COUNTRIES = CodeTable.resource("dpd-countries.txt");

	private static final String ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

	private InternationalFormats() {
	}

	static List<TrackingFormat> all() {
		return List.of(
				format("dhl", "DHL Express", "(?<SerialNumber>[0-9]{9,10})(?<CheckDigit>[0-9])").check(new Mod7())
					.build(),
				format("dhl", "DHL Express (Piece ID)", "J[A-Z]{2,3}(?<SerialNumber>[0-9]{9,10})").fixed(1).build(),
				// At least one digit: words that happen to start with GM or CN are not
				// parcels.
				format("dhl", "DHL E-Commerce",
						"(?:GM|LX|RX|UV|CN|SG|TH|IN|HK|MY)(?<SerialNumber>(?=[A-Z]*[0-9])[0-9A-Z]{10,39})")
					.fixed(2)
					.build(),
				format("dhl", "DHL E-Commerce (14)", "(?<SerialNumber>[0-9]{14})").build(),
				format("dpd", "DPD (28)",
						"(?<SerialNumber>[0-9]{21}(?<ServiceType>[0-9]{3})(?<CountryCode>[0-9]{3}))(?<CheckDigit>[0-9A-Z])")
					.check(new Mod37x36(ALPHANUMERIC))
					.codes("ServiceType", DPD_SERVICES)
					.codes("CountryCode", DPD_COUNTRIES)
					.build(),
				format("dpd", "DPD (14)", "(?<SerialNumber>[0-9]{14})(?<CheckDigit>[0-9A-Z])")
					.check(new Mod37x36(ALPHANUMERIC))
					.build(),
				format("landmark", "Landmark Global LTN", "LTN(?<SerialNumber>[0-9]{8})N1").fixed(5).build(),
				format("yodel", "Yodel", "J?JD(?<SerialNumber>[0-9]{16})").fixed(2).build(),
				format("yunexpress", "YunExpress", "YT(?<SerialNumber>[0-9]{16})").fixed(2).build());
	}

}
