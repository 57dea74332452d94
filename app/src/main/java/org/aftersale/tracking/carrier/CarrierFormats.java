package org.aftersale.tracking.carrier;

import java.util.ArrayList;
import java.util.List;

/**
 * Every format we know, in the order that breaks ties between equally likely matches. The
 * definitions are our own, written from the carriers' published formats as collected by
 * the MIT-licensed tracking_number_data project; nothing is read at runtime.
 */
public final class CarrierFormats {

	private static final List<TrackingFormat> ALL = collect();

	private CarrierFormats() {
	}

	public static List<TrackingFormat> all() {
		return ALL;
	}

	private static List<TrackingFormat> collect() {
		List<TrackingFormat> all = new ArrayList<>();
		all.addAll(ExpressFormats.all());
		all.addAll(PostalFormats.all());
		all.addAll(InternationalFormats.all());
		all.addAll(RegionalFormats.all());
		return List.copyOf(all);
	}

}
