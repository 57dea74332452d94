package org.aftersale.notifications.email;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.mail.internet.MimeMessage;
import org.aftersale.kernel.StoreId;
import org.aftersale.notifications.OutgoingMessage;
import org.aftersale.notifications.SendOutcome;
import org.aftersale.testing.MailServer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.mail.autoconfigure.MailProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an SMTP server's answers (or silence) make of a message: a server that hangs up
 * has refused nothing, and internationalised addresses go through when they can.
 */
class SmtpHandoverTests {

	@Test
	void aServerThatHangsUpMidTransactionMeansTryAgain() throws Exception {
		// Greets, accepts the sender, then closes the connection at the recipient, as
		// servers without SMTPUTF8 were seen to do with a non-ASCII address.
		try (ScriptedServer server = new ScriptedServer(false, true)) {
			SendOutcome outcome = sendThrough(server.port(), message("shopper@example.com", "Your order"));
			server.finished();

			assertThat(outcome).isInstanceOf(SendOutcome.Retry.class);
			assertThat(((SendOutcome.Retry) outcome).reason()).contains("closed the connection");
		}
	}

	@Test
	void anInternationalisedDomainArrivesInItsAsciiFormAndTheHeadersStayAscii() throws Exception {
		String mailbox = "anna+" + UUID.randomUUID().toString().substring(0, 8);

		SendOutcome outcome = sendThrough(MailServer.port(),
				message(mailbox + "@bücher.example", "Votre commande est expédiée"));

		assertThat(outcome).isInstanceOf(SendOutcome.Accepted.class);
		List<MimeMessage> received = MailServer.to(mailbox + "@xn--bcher-kva.example");
		assertThat(received).hasSize(1);
		MimeMessage mail = received.get(0);
		assertThat(mail.getSubject()).isEqualTo("Votre commande est expédiée");
		assertThat(mail.getHeader("Subject", null)).startsWith("=?UTF-8?");
		assertThat(mail.getHeader("From", null)).startsWith("=?UTF-8?").endsWith("<store@xn--caf-dma.example>");
	}

	@Test
	void aMailboxNameBeyondAsciiIsNotHandedToAServerWithoutSmtpUtf8() {
		String mailbox = "josé+" + UUID.randomUUID().toString().substring(0, 8);

		SendOutcome outcome = sendThrough(MailServer.port(), message(mailbox + "@example.com", "Your order"));

		assertThat(outcome).isInstanceOf(SendOutcome.Rejected.class);
		SendOutcome.Rejected rejected = (SendOutcome.Rejected) outcome;
		assertThat(rejected.reason()).contains("SMTPUTF8");
		assertThat(rejected.suppressAddress()).as("the address is fine; this server cannot carry it").isFalse();
		assertThat(MailServer.to(mailbox + "@example.com")).isEmpty();
	}

	@Test
	void aMailboxNameBeyondAsciiGoesThroughAServerOfferingSmtpUtf8() throws Exception {
		try (ScriptedServer server = new ScriptedServer(true, false)) {
			SendOutcome outcome = sendThrough(server.port(), message("josé@exemplo.com.br", "Seu pedido"));
			server.finished();

			assertThat(outcome).isInstanceOf(SendOutcome.Accepted.class);
			assertThat(server.commands())
				.anySatisfy(line -> assertThat(line).startsWith("MAIL FROM:").contains("SMTPUTF8"));
			assertThat(server.commands()).contains("RCPT TO:<josé@exemplo.com.br>");
		}
	}

	// Through the channel, so that the session is configured as in production.
	private static SendOutcome sendThrough(int port, OutgoingMessage message) {
		MailProperties properties = new MailProperties();
		properties.setHost("127.0.0.1");
		properties.setPort(port);
		try (var handover = new EmailChannel(properties).open()) {
			return handover.send(message);
		}
	}

	private static OutgoingMessage message(String recipient, String subject) {
		return new OutgoingMessage(UUID.randomUUID(), StoreId.of(UUID.randomUUID().toString()), recipient,
				new OutgoingMessage.Sender("Café Müller", "store@café.example", null), subject, "<p>Olá</p>", "Olá",
				Map.of());
	}

	/**
	 * An SMTP server for one session that answers as told and keeps the command lines it
	 * read.
	 */
	private static final class ScriptedServer implements AutoCloseable {

		private final ServerSocket socket;

		private final List<String> commands = new CopyOnWriteArrayList<>();

		private final CompletableFuture<Void> session;

		ScriptedServer(boolean offersSmtpUtf8, boolean hangsUpAtRecipient) throws Exception {
			this.socket = new ServerSocket(0);
			this.session = CompletableFuture.runAsync(() -> {
				try (Socket client = socket.accept()) {
					BufferedReader in = new BufferedReader(
							new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
					OutputStream out = client.getOutputStream();
					reply(out, "220 test ready");
					for (String line = in.readLine(); line != null; line = in.readLine()) {
						commands.add(line);
						String command = line.toUpperCase(java.util.Locale.ROOT);
						if (command.startsWith("EHLO") || command.startsWith("HELO")) {
							reply(out, offersSmtpUtf8 ? "250-test\r\n250-8BITMIME\r\n250 SMTPUTF8" : "250 test");
						}
						else if (command.startsWith("RCPT TO") && hangsUpAtRecipient) {
							return;
						}
						else if (command.startsWith("DATA")) {
							reply(out, "354 go ahead");
							for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
								// the message itself is not this server's concern
							}
							reply(out, "250 queued");
						}
						else if (command.startsWith("QUIT")) {
							reply(out, "221 bye");
							return;
						}
						else {
							reply(out, "250 ok");
						}
					}
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
		}

		private static void reply(OutputStream out, String reply) throws java.io.IOException {
			out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
			out.flush();
		}

		int port() {
			return socket.getLocalPort();
		}

		List<String> commands() {
			return commands;
		}

		void finished() {
			session.join();
		}

		@Override
		public void close() throws Exception {
			socket.close();
		}

	}

}
