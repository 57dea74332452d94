package org.aftersale.kernel;

/**
 * A request that the object's current state does not allow (a transition from the wrong
 * status, a change someone else made a moment before). Nothing changed; the caller may
 * reload and decide again.
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
