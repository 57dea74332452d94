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
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.aftersale.notifications.MessageChannel;
import org.aftersale.notifications.OutgoingMessage;
import org.aftersale.notifications.SendOutcome;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.jspecify.annotations.Nullable;

/**
 * One SMTP connection handing over a batch of e-mails. The server's reply decides the
 * outcome: 2xx accepted, 4xx try again later, 5xx refused (a refused recipient is a hard
 * bounce, so the address is suppressed). A broken connection is reopened for the next
 * message.
 */
class SmtpHandover implements MessageChannel.Handover {

	private final Session session;

	private final String host;

	private final int port;

	private final @Nullable String username;

	private final @Nullable String password;

	private @Nullable Transport transport;

	SmtpHandover(Session session, String host, int port, @Nullable String username, @Nullable String password) {
		this.session = session;
		this.host = host;
		this.port = port;
		this.username = username;
		this.password = password;
	}

	@Override
	public SendOutcome send(OutgoingMessage message) {
		MimeMessage mime;
		try {
			mime = mime(message);
		}
		catch (AddressException ex) {
			return new SendOutcome.Rejected("invalid address: " + ex.getMessage(), true);
		}
		catch (MessagingException | UnsupportedEncodingException ex) {
			return new SendOutcome.Rejected("cannot build the e-mail: " + ex.getMessage(), false);
		}
		try {
			Transport connected = connected();
			connected.sendMessage(mime, mime.getAllRecipients());
			return new SendOutcome.Accepted(mime.getMessageID());
		}
		catch (SMTPAddressFailedException ex) {
			return replied(ex.getReturnCode(), ex.getMessage(), true);
		}
		catch (SMTPSendFailedException ex) {
			return replied(ex.getReturnCode(), ex.getMessage(), false);
		}
		catch (SendFailedException ex) {
			if (ex.getNextException() instanceof SMTPAddressFailedException address) {
				return replied(address.getReturnCode(), address.getMessage(), true);
			}
			disconnect();
			return new SendOutcome.Retry("SMTP: " + ex.getMessage(), null);
		}
		catch (MessagingException ex) {
			// Refused or broken connections and time-outs: the server may be back soon.
			disconnect();
			return new SendOutcome.Retry("SMTP unreachable: " + ex.getMessage(), null);
		}
	}

	// Jakarta Mail reports a connection the server closed instead of answering as code
	// -1:
	// nothing was refused, so it is tried again like any broken connection.
	private SendOutcome replied(int code, String reply, boolean recipient) {
		if (code < 0) {
			disconnect();
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

	private Transport connected() throws MessagingException {
		// Not transport.isConnected(): it asks the server with a NOOP, a round trip per
		// message. A connection that broke is dropped where its send failed.
		if (transport == null) {
			transport = session.getTransport("smtp");
			transport.connect(host, port, username, password);
		}
		return transport;
	}

	private MimeMessage mime(OutgoingMessage message) throws MessagingException, UnsupportedEncodingException {
		MimeMessage mime = new IdentifiedMessage(session, message.messageId().toString());
		OutgoingMessage.Sender sender = message.sender();
		mime.setFrom(new InternetAddress(sender.address(), sender.name(), StandardCharsets.UTF_8.name()));
		if (sender.replyTo() != null) {
			mime.setReplyTo(new InternetAddress[] { new InternetAddress(sender.replyTo(), true) });
		}
		InternetAddress to = new InternetAddress(message.recipient(), true);
		mime.setRecipient(Message.RecipientType.TO, to);
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

	private void disconnect() {
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

	@Override
	public void close() {
		disconnect();
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
