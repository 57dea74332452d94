package org.aftersale.platform;

import java.util.OptionalLong;

/**
 * What the admin's sign-in asks before it checks a password and reports after: the
 * throttle and the audit trail of staff sign-ins. Implemented by the capability that owns
 * staff accounts; the security chain only calls it.
 */
public interface SignInAttempts {

	/**
	 * Seconds this address must wait before it may try this account again; empty when it
	 * may try now.
	 */
	OptionalLong waitBefore(String username, String address);

	/** A try that was turned away unchecked because it came too soon. */
	void throttled(String username, String address);

	void succeeded(String username, String address);

	void failed(String username, String address);

}
