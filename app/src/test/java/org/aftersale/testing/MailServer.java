package org.aftersale.testing;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) for the whole test run, on a free port so that parallel
 * builds do not collide. Tests tell messages apart by their unique recipients.
 */
public final class MailServer {

	private static GreenMail server;

	private MailServer() {
	}

	public static synchronized GreenMail get() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
			server.start();
		}
		return server;
	}

	public static int port() {
		return get().getSmtp().getPort();
	}

	/** Every message received so far for the address. */
	public static List<MimeMessage> to(String address) {
		return Arrays.stream(get().getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
	}

	private static boolean addressedTo(MimeMessage message, String address) {
		try {
			Address[] recipients = message.getAllRecipients();
			return recipients != null
					&& Arrays.stream(recipients).anyMatch(r -> r.toString().equalsIgnoreCase(address));
		}
		catch (MessagingException ex) {
			return false;
		}
	}

}
