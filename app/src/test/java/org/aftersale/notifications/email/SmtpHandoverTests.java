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
import java.util.concurrent.CompletableFuture;

import jakarta.mail.Session;
import org.aftersale.kernel.StoreId;
import org.aftersale.notifications.OutgoingMessage;
import org.aftersale.notifications.SendOutcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server that hangs up instead of answering has refused nothing: the message is tried
 * again rather than given up.
 */
class SmtpHandoverTests {

	@Test
	void aServerThatHangsUpMidTransactionMeansTryAgain() throws Exception {
		try (ServerSocket server = new ServerSocket(0)) {
			// Greets, accepts the sender, then closes the connection at the recipient,
			// as servers without SMTPUTF8 were seen to do with a non-ASCII address.
			CompletableFuture<Void> hangingUp = CompletableFuture.runAsync(() -> {
				try (Socket client = server.accept()) {
					BufferedReader in = new BufferedReader(
							new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
					OutputStream out = client.getOutputStream();
					out.write("220 test ready\r\n".getBytes(StandardCharsets.US_ASCII));
					for (String line = in.readLine(); line != null; line = in.readLine()) {
						String command = line.toUpperCase(java.util.Locale.ROOT);
						if (command.startsWith("EHLO") || command.startsWith("HELO")) {
							out.write("250 test\r\n".getBytes(StandardCharsets.US_ASCII));
						}
						else if (command.startsWith("MAIL FROM")) {
							out.write("250 ok\r\n".getBytes(StandardCharsets.US_ASCII));
						}
						else if (command.startsWith("RCPT TO")) {
							return;
						}
					}
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
			SmtpHandover handover = new SmtpHandover(Session.getInstance(new Properties()), "127.0.0.1",
					server.getLocalPort(), null, null);

			SendOutcome outcome = handover
				.send(new OutgoingMessage(UUID.randomUUID(), StoreId.of(UUID.randomUUID().toString()),
						"shopper@example.com", new OutgoingMessage.Sender("Store", "store@example.com", null),
						"Your order", "<p>Hi</p>", "Hi", Map.of()));
			handover.close();
			hangingUp.join();

			assertThat(outcome).isInstanceOf(SendOutcome.Retry.class);
			assertThat(((SendOutcome.Retry) outcome).reason()).contains("closed the connection");
		}
	}

}
