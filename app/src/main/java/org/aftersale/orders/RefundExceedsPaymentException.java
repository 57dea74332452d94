package org.aftersale.orders;

/**
 * A refund Aftersale was asked to make would give back more than the shopper paid, for a
 * line or for the order, counting the refunds made before it. Nothing was recorded.
 */
public class RefundExceedsPaymentException extends RuntimeException {

	private final String field;

	public RefundExceedsPaymentException(String field, String message) {
		super(message);
		this.field = field;
	}

	/** The part of the request at fault, for a validation problem's {@code errors}. */
	public String field() {
		return field;
	}

}
