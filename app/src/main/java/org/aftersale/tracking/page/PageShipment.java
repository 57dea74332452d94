package org.aftersale.tracking.page;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One parcel as the shopper sees it.
 *
 * @param carrierUrl the carrier's own tracking page, http(s) only
 * @param step position on ordered → shipped → in transit → out for delivery → delivered
 * (0 to 4)
 * @param statusText the status in the page's language
 * @param problem whether something went wrong (exception, failed attempt, return)
 * @param explanation what happened and what the shopper can do, in plain words
 * @param expectedDelivery formatted in the page's language, or {@code null}
 * @param events newest first, in the page's time zone
 */
public record PageShipment(String carrierName, @Nullable String carrierUrl, String trackingNumber, int step,
		String statusText, boolean problem, @Nullable String explanation, @Nullable String expectedDelivery,
		@Nullable String deliveredOn, List<PageEvent> events, List<PageItem> items) {

	public static final int DELIVERED_STEP = 4;

	/** For {@code aria-valuetext} and the visible label: "Step 3 of 5: In transit". */
	public int stepNumber() {
		return step + 1;
	}

	/** Percent of the bar to fill, for the visual bar. */
	public int percent() {
		return step * 100 / DELIVERED_STEP;
	}

}
