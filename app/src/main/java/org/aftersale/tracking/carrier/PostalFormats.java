package org.aftersale.tracking.carrier;

import java.util.List;
import java.util.regex.Pattern;

import static org.aftersale.tracking.carrier.TrackingFormat.format;

/** USPS, Canada Post and the UPU S10 numbers every post prints on international items. */
final class PostalFormats {

	static final CodeTable USPS_SERVICES = CodeTable.of("0[1-8]|14", "Delivery Confirmation", "2[1-6]|34",
			"Signature Confirmation", "50", "Electronic File Header", "56", "Passive Enroute Scan", "73",
			"Insured Mail", "8[235]", "Merchandise Return");

	static final CodeTable USPS_IMPB_SERVICES = CodeTable.of("612", "Parcel Select");

	static final CodeTable USPS_IMPB_SOURCES = CodeTable.of("9[23]", "Commercial mailer", "94",
			"Online or vendor label", "95", "USPS Retail");

	static final CodeTable S10_SERVICES = CodeTable.of("E[A-Z]", "EMS", "L[A-Z]", "Letter Post Express", "M[A-Z]",
			"Letter Post M-bag", "Q[A-M]", "Letter Post IBRS", "R[A-Z]", "Letter Post Registered", "U[A-Z]",
			"Letter Post", "V[A-Z]", "Letter Post Insured", "C[A-Z]", "Parcel Post", "H[A-Z]",
			"Parcel Post (e-commerce)", "[BDNPZ][A-Z]|A[V-Z]|G[AD]", "Domestic");

	static final CodeTable UPU_POSTS = CodeTable.resource("upu-posts.tsv");

	// An IMpb routing prefix: 420 and the destination ZIP (+4), printed before the
	// barcode proper.
	private static final String ZIP_ROUTING = "(?:420[0-9]{5}(?:[0-9]{4}(?=[0-9]{22}$))?)?";

	// The mailer id is 9 digits when it starts with 9, otherwise 6; the package id fills
	// the rest.
	private static final String MAILER_AND_PACKAGE = "(?:9[0-9]{8}|[0-8][0-9]{5})"
			+ "(?:[0-9]{15}|[0-9]{14}|[0-9]{11}|[0-9]{10}|[0-9]{7})";

	private PostalFormats() {
	}

	static List<TrackingFormat> all() {
		return List.of(
				format("usps", "USPS 20", "(?<SerialNumber>(?<ServiceType>[0-9]{2})[0-9]{17})(?<CheckDigit>[0-9])")
					.check(new Mod10(3, 1, false))
					.codes("ServiceType", USPS_SERVICES)
					.build(),
				format("usps", "USPS IMpb N", "(?:420[0-9]{5}(?=[0-9]{22}$|[0-9]{26}$)(?:[0-9]{4}(?=[0-9]{22}$))?)?"
						+ "(?<SerialNumber>(?<Source>94)[0-9]{3}"
						+ "(?=9[0-9]{8}(?:[0-9]{15}|[0-9]{11}|[0-9]{7})[0-9]$|[0-8][0-9]{5}(?:[0-9]{14}|[0-9]{10})[0-9]$)"
						+ MAILER_AND_PACKAGE + ")(?<CheckDigit>[0-9])")
					// Its serial length varies, so positions are weighted from the right.
					.check(new Mod10(3, 1, true))
					.codes("Source", USPS_IMPB_SOURCES)
					.fixed(2)
					.build(),
				format("usps", "USPS Legacy",
						"(?:420[0-9]{5}(?:[0-9]{4})?)?(?<SerialNumber>(?:91)?(?<ServiceType>[0-9]{2})[0-9]{17})(?<CheckDigit>[0-9])")
					// Labels may leave out the leading 91, but the check digit always
					// includes it.
					.check(new PrependIf(Pattern.compile("(?!91).+"), "91", new Mod10(3, 1, false)))
					.codes("ServiceType", USPS_SERVICES)
					.build(),
				format("usps", "USPS IMpb C",
						ZIP_ROUTING + "(?<SerialNumber>(?<Source>92(?=[0-9]{3}9)|93(?=[0-9]{3}[0-8])|95)"
								+ "(?<ServiceType>[0-9]{3})"
								+ "(?=9[0-9]{8}(?:[0-9]{11}|[0-9]{7})[0-9]$|[0-8][0-9]{5}(?:[0-9]{14}|[0-9]{10})[0-9]$)"
								+ MAILER_AND_PACKAGE + ")(?<CheckDigit>[0-9])")
					.check(new Mod10(3, 1, false))
					.codes("Source", USPS_IMPB_SOURCES)
					.codes("ServiceType", USPS_IMPB_SERVICES)
					.fixed(2)
					.build(),
				format("canada_post", "Canada Post (16)", "(?<SerialNumber>[0-9]{15})(?<CheckDigit>[0-9])")
					.check(new Mod10(3, 1, false))
					.build(),
				// Royal Mail issues the S10 items ending GB; they are the only ones it
				// tracks end to end.
				format("royal_mail", "Royal Mail S10",
						"(?<ServiceType>[A-Z]{2})(?<SerialNumber>[0-9]{8})(?<CheckDigit>[0-9])(?<OriginPost>GB)")
					.check(new S10CheckDigit())
					.codes("ServiceType", S10_SERVICES)
					.requires("OriginPost", UPU_POSTS)
					.fixed(2)
					.build(),
				format("s10", "UPU S10",
						"(?<ServiceType>[A-Z]{2})(?<SerialNumber>[0-9]{8})(?<CheckDigit>[0-9])(?<OriginPost>(?!GB)[A-Z]{2})")
					.check(new S10CheckDigit())
					.codes("ServiceType", S10_SERVICES)
					.requires("OriginPost", UPU_POSTS)
					.build());
	}

}
