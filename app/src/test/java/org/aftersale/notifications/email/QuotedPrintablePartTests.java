package org.aftersale.notifications.email;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pre-encoded part reads back, after a trip through MIME, exactly as it was written:
 * other scripts, long lines, equals signs, trailing spaces and lines that begin with a
 * dot.
 */
class QuotedPrintablePartTests {

	@Test
	void readsBackExactlyAfterATripThroughMime() throws Exception {
		String html = "<p style=\"color:#1f4fd1;margin:0\">Olá, Zoë — ваш заказ 📦 est arrivé’</p>\r\n" + "<td>"
				+ "x".repeat(300) + "</td>   \r\n.\r\n.leading dot\r\nFrom the shop\r\n";
		String text = "Hallo Jürgen,\r\nIhre Bestellung #1001 ist da.\r\n";
		Session session = Session.getInstance(new Properties());
		MimeMessage message = new MimeMessage(session);
		MimeMultipart alternative = new MimeMultipart("alternative");
		alternative.addBodyPart(QuotedPrintablePart.of(text, "plain"));
		alternative.addBodyPart(QuotedPrintablePart.of(html, "html"));
		message.setContent(alternative);
		message.saveChanges();
		ByteArrayOutputStream wire = new ByteArrayOutputStream();
		message.writeTo(wire);

		String raw = wire.toString(java.nio.charset.StandardCharsets.US_ASCII);
		assertThat(raw).contains("Content-Transfer-Encoding: quoted-printable", "text/html; charset=UTF-8");
		assertThat(raw.lines().mapToInt(String::length).max().orElseThrow()).isLessThanOrEqualTo(76);
		MimeMultipart read = (MimeMultipart) new MimeMessage(session, new ByteArrayInputStream(wire.toByteArray()))
			.getContent();
		assertThat(read.getBodyPart(0).getContent()).isEqualTo(text);
		assertThat(read.getBodyPart(1).getContent()).isEqualTo(html);
		assertThat(read.getBodyPart(1).getContentType()).startsWith("text/html");
	}

}
