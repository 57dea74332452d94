package org.aftersale.returns.web;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A return's code as a QR code the shopper shows at the counter: an SVG of one path, so
 * it stays sharp at any size on a phone and needs no image request.
 */
final class ReturnCode {

	private ReturnCode() {
	}

	/** The code of {@code text} as SVG, black modules on white with a quiet zone. */
	static String svg(String text, String label) {
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("cannot encode " + text, ex);
		}
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				if (matrix.get(x, y)) {
					path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
				}
			}
		}
		String escaped = label.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " " + matrix.getHeight()
				+ "\" role=\"img\" aria-label=\"" + escaped
				+ "\" shape-rendering=\"crispEdges\" class=\"tp-qr\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
				+ "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
	}

}
