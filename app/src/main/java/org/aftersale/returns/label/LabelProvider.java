package org.aftersale.returns.label;

import java.util.Optional;

/**
 * Where return labels are bought. Buying is two steps, so that a crash between them never
 * pays for a second label: {@link #prepare} names the shipment (kept before anything is
 * paid), and {@link #buy} pays for that shipment, or answers the label it already has.
 */
public interface LabelProvider {

	/** Our lower-case name for the provider ({@code easypost}). */
	String name();

	/**
	 * Describes the parcel to the provider; nothing is paid yet.
	 * @return the provider's reference for the shipment
	 * @throws LabelCallException when the provider refuses or fails
	 */
	String prepare(String apiKey, LabelRequest request);

	/**
	 * Pays for the prepared shipment at its cheapest rate among the carriers allowed, and
	 * asks for a QR code when wanted. A shipment that already has its label answers it as
	 * it is.
	 * @throws LabelCallException when the provider refuses or fails
	 */
	BoughtLabel buy(String apiKey, String reference, LabelRequest request);

	/**
	 * Asks for an unused label's postage back.
	 * @return the provider's refund status ({@code submitted}, {@code refunded}, ...)
	 * @throws LabelCallException when the provider refuses or fails
	 */
	String voidLabel(String apiKey, String reference);

	/** The label of a prepared shipment if it was already paid for. */
	Optional<BoughtLabel> bought(String apiKey, String reference);

}
