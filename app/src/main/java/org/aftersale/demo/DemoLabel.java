package org.aftersale.demo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A 4 × 6 inch PDF that looks like a return label and says it is not one: what the demo
 * store's returns carry, since the demo has no label provider to buy real ones from. Text
 * in the standard Helvetica font, which every PDF viewer has, so nothing is embedded.
 */
final class DemoLabel {

	private DemoLabel() {
	}

	static byte[] pdf(String storeName, String returnNumber, String trackingNumber) {
		String content = String.join("\n", "BT /F1 14 Tf 24 400 Td (" + text(storeName) + " returns) Tj ET",
				"BT /F1 26 Tf 24 340 Td (RETURN " + text(returnNumber) + ") Tj ET",
				"BT /F1 12 Tf 24 300 Td (Tracking " + text(trackingNumber) + ") Tj ET",
				"BT /F1 12 Tf 24 60 Td (DEMO LABEL - NOT VALID FOR POSTAGE) Tj ET", "4 w 20 250 m 268 250 l S",
				"2 w 20 20 248 392 re S");
		List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 288 432] /Contents 4 0 R"
						+ " /Resources << /Font << /F1 5 0 R >> >> >>",
				"<< /Length " + content.getBytes(StandardCharsets.ISO_8859_1).length + " >>\nstream\n" + content
						+ "\nendstream",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		write(out, "%PDF-1.4\n");
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(out.size());
			write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
		}
		int xref = out.size();
		StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
		offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
		write(out, table + "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref
				+ "\n%%EOF\n");
		return out.toByteArray();
	}

	// A PDF string keeps printable ASCII; parentheses and backslashes are escaped.
	private static String text(String value) {
		StringBuilder out = new StringBuilder();
		for (char c : value.toCharArray()) {
			if (c == '(' || c == ')' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c >= 32 && c < 127) {
				out.append(c);
			}
			else {
				out.append('?');
			}
		}
		return out.toString();
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
	}

}
