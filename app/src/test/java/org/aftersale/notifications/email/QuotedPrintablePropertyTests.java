package org.aftersale.notifications.email;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.mail.internet.MimeUtility;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our quoted-printable encoder against Jakarta Mail's decoder: any text, in any script,
 * with runs of spaces and tabs at line ends, equals signs, dots, long lines and every
 * kind of line break, reads back as written (line breaks as CRLF), in lines of at most 76
 * characters of printable ASCII.
 */
class QuotedPrintablePropertyTests {

	@Property(tries = 500)
	void readsBackAsWrittenInShortAsciiLines(@ForAll("texts") String text) throws Exception {
		byte[] encoded = QuotedPrintablePart.encode(text.getBytes(StandardCharsets.UTF_8));

		String wire = new String(encoded, StandardCharsets.US_ASCII);
		for (String line : wire.split("\r\n", -1)) {
			assertThat(line.length()).as(line).isLessThanOrEqualTo(76);
			assertThat(line).matches("[\\x20-\\x7e\\t]*");
			assertThat(line).as("no space or tab at a line's end").doesNotEndWith(" ").doesNotEndWith("\t");
		}
		assertThat(wire.replace("\r\n", "")).doesNotContain("\r", "\n");
		try (InputStream decoder = MimeUtility.decode(new ByteArrayInputStream(encoded), "quoted-printable")) {
			String decoded = new String(decoder.readAllBytes(), StandardCharsets.UTF_8);
			assertThat(decoded).isEqualTo(text.replace("\r\n", "\n").replace("\n", "\r\n"));
		}
	}

	@Provide
	Arbitrary<String> texts() {
		Arbitrary<String> pieces = Arbitraries.oneOf(
				Arbitraries.strings().withChars("abcXYZ019.=<>\"#;:").ofMinLength(1).ofMaxLength(90),
				Arbitraries.strings().withChars(" \t").ofMinLength(1).ofMaxLength(4),
				Arbitraries.of("\n", "\r\n", "\r", "é", "ß", "ж", "—", "’", "📦", "=\n", " \n", "\t\r\n", "=3D", "."),
				// Any character but a lone surrogate, which UTF-8 cannot carry.
				Arbitraries.strings().withCharRange('\u0000', '\ud7ff').ofMaxLength(20));
		return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
	}

}
