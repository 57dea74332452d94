package org.aftersale.returns;

import org.aftersale.kernel.ConflictException;

/**
 * A step the return's status does not allow (approving a resolved return, cancelling one
 * already on its way), or one taken by someone else a moment before. Nothing changed.
 */
public class ReturnTransitionRefused extends ConflictException {

	public ReturnTransitionRefused(String message) {
		super(message);
	}

}
