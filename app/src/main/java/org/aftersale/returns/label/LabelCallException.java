package org.aftersale.returns.label;

/**
 * A label provider refused or failed a call. {@code retryable} says whether the same call
 * may work later (the provider was down or busy) or needs someone to act (a rejected key,
 * an address the carrier refuses).
 */
public class LabelCallException extends RuntimeException {

	private final boolean retryable;

	public LabelCallException(String message, boolean retryable) {
		super(message);
		this.retryable = retryable;
	}

	public boolean retryable() {
		return retryable;
	}

}
