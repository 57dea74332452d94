package org.aftersale.tracking.polling;

import java.util.List;

import org.aftersale.tracking.CarrierEvent;

/**
 * One carrier's tracking API. Implementations map the answer through
 * {@link org.aftersale.tracking.TrackingSources}, so polled events are normalized exactly
 * like pushed ones.
 */
public interface CarrierTrackingApi {

	/** Our carrier code ({@code ups}, {@code fedex}, {@code usps}, {@code dhl}). */
	String carrier();

	/**
	 * How many tracking numbers one {@link #fetch} call may carry; 1 where the API takes
	 * one number per request.
	 */
	int batchSize();

	/**
	 * The events the carrier currently reports for these numbers (at most
	 * {@link #batchSize()}); a number the carrier does not know yet yields no events.
	 * @throws CarrierCallException classified as retryable, rejected credentials or
	 * permanent
	 */
	List<CarrierEvent> fetch(CarrierCredentials credentials, List<String> trackingNumbers);

}
