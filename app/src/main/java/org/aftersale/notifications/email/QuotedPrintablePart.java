package org.aftersale.notifications.email;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.PreencodedMimeBodyPart;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * A UTF-8 text part of an e-mail, quoted-printable encoded once in memory. Left to itself
 * Jakarta Mail reads a text part twice as it sends it, once to choose the encoding and
 * once to encode it, each time a byte at a time down a chain of streams that ends in the
 * connection's synchronized buffer: a fifth of an e-mail sender's work. Quoted-printable
 * is what it would choose for our HTML and text, which are not pure ASCII in most
 * languages; encoded ahead, the part goes out in blocks.
 */
final class QuotedPrintablePart {

	private static final int MAX_LINE = 76;

	private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

	private QuotedPrintablePart() {
	}

	/**
	 * @param subtype {@code plain} or {@code html}
	 */
	static MimeBodyPart of(String content, String subtype) throws MessagingException {
		byte[] encoded = encode(content.getBytes(StandardCharsets.UTF_8));
		// Bytes, not a string: a string part is written through a character encoder, and
		// Jakarta Mail scans a part for its encoding unless the header says it.
		MimeBodyPart part = new PreencodedMimeBodyPart("quoted-printable");
		part.setDataHandler(new DataHandler(new ByteArrayDataSource(encoded, "text/" + subtype + "; charset=UTF-8")));
		part.setHeader("Content-Type", "text/" + subtype + "; charset=UTF-8");
		part.setHeader("Content-Transfer-Encoding", "quoted-printable");
		return part;
	}

	/**
	 * Quoted-printable (RFC 2045, 6.7) in one pass over the bytes. A line break of the
	 * text ({@code \n} or {@code \r\n}) is a hard break, CRLF on the wire; printable
	 * ASCII stays as it is, except {@code =}; a space or tab stays too unless a line
	 * break or the end follows it, where a transport might strip it; every other byte is
	 * {@code =XX}. Lines are at most 76 characters, a soft break ({@code =} at the end)
	 * included. Jakarta Mail's encoder does the same a byte at a time through a stream: a
	 * fifth of a sender's work.
	 */
	static byte[] encode(byte[] in) {
		// Room for the worst case, every byte as =XX with a soft break every 25 of them:
		// one array, written without the lock that ByteArrayOutputStream takes per byte.
		byte[] out = new byte[in.length * 3 + (in.length / 24 + 1) * 3];
		int n = 0;
		int column = 0;
		for (int i = 0; i < in.length; i++) {
			int b = in[i] & 0xff;
			if (b == '\r' && i + 1 < in.length && in[i + 1] == '\n') {
				continue;
			}
			if (b == '\n') {
				out[n++] = '\r';
				out[n++] = '\n';
				column = 0;
				continue;
			}
			boolean lastOnLine = i + 1 == in.length || in[i + 1] == '\n'
					|| (in[i + 1] == '\r' && i + 2 < in.length && in[i + 2] == '\n');
			boolean literal = (b >= 33 && b <= 126 && b != '=') || ((b == ' ' || b == '\t') && !lastOnLine);
			int width = literal ? 1 : 3;
			// Room for this and, unless the line ends after it, a soft break's '='.
			if (column + width > (lastOnLine ? MAX_LINE : MAX_LINE - 1)) {
				out[n++] = '=';
				out[n++] = '\r';
				out[n++] = '\n';
				column = 0;
			}
			if (literal) {
				out[n++] = (byte) b;
			}
			else {
				out[n++] = '=';
				out[n++] = HEX[b >> 4];
				out[n++] = HEX[b & 0xf];
			}
			column += width;
		}
		return Arrays.copyOf(out, n);
	}

}
