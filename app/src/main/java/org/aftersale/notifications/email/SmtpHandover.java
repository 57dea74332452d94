package org.aftersale.notifications.email;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.aftersale.notifications.MessageChannel;
import org.aftersale.notifications.OutgoingMessage;
import org.aftersale.notifications.SendOutcome;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.jspecify.annotations.Nullable;

/**
 * One SMTP connection handing over a batch of e-mails. The server's reply decides the
 * outcome: 2xx accepted, 4xx try again later, 5xx refused (a refused recipient is a hard
 * bounce, so the address is suppressed). A broken connection is reopened for the next
 * message. Internationalised addresses go as {@link SmtpAddress} says.
 */
class SmtpHandover implements MessageChannel.Handover {

	private final Connection plain;

	private final Connection international;

	/**
	 * @param session for every message whose addresses are ASCII once their domains are
	 * (headers encoded, nothing beyond ASCII on the wire)
	 * @param internationalSession the same with {@code mail.mime.allowutf8}, for the rare
	 * message to or from a mailbox name beyond ASCII: it speaks SMTPUTF8 and writes its
	 * headers in UTF-8, so it is used only where the server offers SMTPUTF8
	 */
	SmtpHandover(Session session, Session internationalSession, String host, int port, @Nullable String username,
			@Nullable String password) {
		this.plain = new Connection(session, host, port, username, password);
		this.international = new Connection(internationalSession, host, port, username, password);
	}

	@Override
	public SendOutcome send(OutgoingMessage message) {
		SmtpAddress recipient;
		try {
			recipient = SmtpAddress.of(message.recipient());
		}
		catch (IllegalArgumentException ex) {
			return new SendOutcome.Rejected("invalid address: " + ex.getMessage(), true);
		}
		SmtpAddress from;
		@Nullable SmtpAddress replyTo;
		try {
			from = SmtpAddress.of(message.sender().address());
			replyTo = message.sender().replyTo() == null ? null : SmtpAddress.of(message.sender().replyTo());
		}
		catch (IllegalArgumentException ex) {
			return new SendOutcome.Rejected("the store's sender address is invalid: " + ex.getMessage(), false);
		}
		boolean needsSmtpUtf8 = recipient.needsSmtpUtf8() || from.needsSmtpUtf8()
				|| (replyTo != null && replyTo.needsSmtpUtf8());
		Connection connection = needsSmtpUtf8 ? international : plain;
		MimeMessage mime;
		try {
			mime = mime(connection.session, message, recipient, from, replyTo);
		}
		catch (AddressException ex) {
			return new SendOutcome.Rejected("invalid address: " + ex.getMessage(), true);
		}
		catch (MessagingException | UnsupportedEncodingException ex) {
			return new SendOutcome.Rejected("cannot build the e-mail: " + ex.getMessage(), false);
		}
		try {
			Transport connected = connection.connected();
			// The address itself is fine, so it is not suppressed: another server (or the
			// shopper's other address) can carry the message.
			if (needsSmtpUtf8 && !((SMTPTransport) connected).supportsExtension("SMTPUTF8")) {
				return new SendOutcome.Rejected(
						"the address needs SMTPUTF8 (a mailbox name beyond ASCII), which this SMTP server does not offer",
						false);
			}
			connected.sendMessage(mime, mime.getAllRecipients());
			return new SendOutcome.Accepted(mime.getMessageID());
		}
		catch (SMTPAddressFailedException ex) {
			return replied(connection, ex.getReturnCode(), ex.getMessage(), true);
		}
		catch (SMTPSendFailedException ex) {
			return replied(connection, ex.getReturnCode(), ex.getMessage(), false);
		}
		catch (SendFailedException ex) {
			if (ex.getNextException() instanceof SMTPAddressFailedException address) {
				return replied(connection, address.getReturnCode(), address.getMessage(), true);
			}
			connection.close();
			return new SendOutcome.Retry("SMTP: " + ex.getMessage(), null);
		}
		catch (MessagingException ex) {
			// Refused or broken connections and time-outs: the server may be back soon.
			connection.close();
			return new SendOutcome.Retry("SMTP unreachable: " + ex.getMessage(), null);
		}
	}

	// Jakarta Mail reports a connection the server closed instead of answering as code
	// -1: nothing was refused, so it is tried again like any broken connection.
	private static SendOutcome replied(Connection connection, int code, String reply, boolean recipient) {
		if (code < 0) {
			connection.close();
			return new SendOutcome.Retry("SMTP server closed the connection: " + reply.strip(), null);
		}
		return byCode(code, reply, recipient);
	}

	private static SendOutcome byCode(int code, String reply, boolean recipient) {
		String reason = "SMTP " + code + ": " + reply.strip();
		if (code >= 400 && code < 500) {
			return new SendOutcome.Retry(reason, null);
		}
		return new SendOutcome.Rejected(reason, recipient && code >= 550 && code <= 553);
	}

	private static MimeMessage mime(Session session, OutgoingMessage message, SmtpAddress recipient, SmtpAddress from,
			@Nullable SmtpAddress replyTo) throws MessagingException, UnsupportedEncodingException {
		MimeMessage mime = new IdentifiedMessage(session, message.messageId().toString());
		mime.setFrom(new InternetAddress(from.value(), message.sender().name(), StandardCharsets.UTF_8.name()));
		if (replyTo != null) {
			mime.setReplyTo(new InternetAddress[] { new InternetAddress(replyTo.value(), true) });
		}
		mime.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient.value(), true));
		mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
		for (Map.Entry<String, String> header : message.headers().entrySet()) {
			mime.setHeader(header.getKey(), header.getValue());
		}
		MimeMultipart alternative = new MimeMultipart("alternative");
		alternative.addBodyPart(QuotedPrintablePart.of(message.text(), "plain"));
		if (message.html() != null) {
			alternative.addBodyPart(QuotedPrintablePart.of(message.html(), "html"));
		}
		mime.setContent(alternative);
		mime.setSentDate(new java.util.Date());
		mime.saveChanges();
		return mime;
	}

	@Override
	public void close() {
		plain.close();
		international.close();
	}

	/** One session's connection to the server, opened when first needed. */
	private static final class Connection {

		private final Session session;

		private final String host;

		private final int port;

		private final @Nullable String username;

		private final @Nullable String password;

		private @Nullable Transport transport;

		Connection(Session session, String host, int port, @Nullable String username, @Nullable String password) {
			this.session = session;
			this.host = host;
			this.port = port;
			this.username = username;
			this.password = password;
		}

		Transport connected() throws MessagingException {
			// Not transport.isConnected(): it asks the server with a NOOP, a round trip
			// per
			// message. A connection that broke is dropped where its send failed.
			if (transport == null) {
				Transport opened = session.getTransport("smtp");
				opened.connect(host, port, username, password);
				transport = opened;
			}
			return transport;
		}

		void close() {
			if (transport != null) {
				try {
					transport.close();
				}
				catch (MessagingException ex) {
					// already broken; the next message opens a new connection
				}
				transport = null;
			}
		}

	}

	/**
	 * A message whose Message-ID is derived from our message id, so a receiving system
	 * can recognise it as the same message.
	 */
	private static final class IdentifiedMessage extends MimeMessage {

		private final String id;

		IdentifiedMessage(Session session, String id) {
			super(session);
			this.id = id;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", "<" + id + "@aftersale>");
		}

	}

}
