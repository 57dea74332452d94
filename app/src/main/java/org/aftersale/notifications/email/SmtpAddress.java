package org.aftersale.notifications.email;

import java.net.IDN;

/**
 * An e-mail address as it travels over SMTP. An internationalised domain goes in its
 * ASCII form (IDNA), which every server accepts; a mailbox name beyond ASCII can only
 * travel through a server that offers SMTPUTF8 (RFC 6531), and nothing can rewrite it.
 */
record SmtpAddress(String value, boolean needsSmtpUtf8) {

	/**
	 * @throws IllegalArgumentException when the domain is not a valid internationalised
	 * domain name
	 */
	static SmtpAddress of(String address) {
		int at = address.lastIndexOf('@');
		if (at <= 0 || at == address.length() - 1) {
			throw new IllegalArgumentException("not an e-mail address: " + address);
		}
		String mailbox = address.substring(0, at);
		String domain = IDN.toASCII(address.substring(at + 1), IDN.ALLOW_UNASSIGNED);
		return new SmtpAddress(mailbox + "@" + domain, !isAscii(mailbox));
	}

	private static boolean isAscii(String text) {
		return text.chars().allMatch(c -> c < 0x80);
	}

}
