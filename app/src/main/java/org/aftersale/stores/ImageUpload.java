package org.aftersale.stores;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.aftersale.kernel.FieldProblem;
import org.aftersale.kernel.InvalidInputException;

/**
 * Turns an uploaded file into an image Aftersale can serve: decoded (PNG, JPEG or GIF;
 * SVG is refused, it can carry script), checked for size before its pixels are read so a
 * small file cannot unpack into gigabytes, scaled down to fit its kind's box, and written
 * afresh: PNG when it has transparency, JPEG otherwise. Nothing of the upload but its
 * pixels survives: no metadata, no trailing bytes.
 */
final class ImageUpload {

	static final int MAX_BYTES = 5 * 1024 * 1024;

	static final int MAX_PIXELS = 40_000_000;

	private ImageUpload() {
	}

	record Encoded(String contentType, byte[] bytes, int width, int height) {
	}

	static Encoded reencode(String field, byte[] upload, ImageKind kind) {
		if (upload.length == 0) {
			throw problem(field, "is empty");
		}
		if (upload.length > MAX_BYTES) {
			throw problem(field, "must be at most 5 MB");
		}
		BufferedImage image = decode(field, upload);
		BufferedImage scaled = fit(image, kind);
		boolean transparent = scaled.getColorModel().hasAlpha();
		byte[] bytes = transparent ? png(scaled) : jpeg(scaled);
		return new Encoded(transparent ? "image/png" : "image/jpeg", bytes, scaled.getWidth(), scaled.getHeight());
	}

	private static BufferedImage decode(String field, byte[] upload) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			Iterator<ImageReader> readers = in == null ? Collections.emptyIterator() : ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw problem(field, "must be a PNG, JPEG or GIF image");
			}
			ImageReader reader = readers.next();
			try {
				String format = reader.getFormatName().toLowerCase(Locale.ROOT);
				if (!List.of("png", "jpeg", "jpg", "gif").contains(format)) {
					throw problem(field, "must be a PNG, JPEG or GIF image");
				}
				reader.setInput(in, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels > MAX_PIXELS) {
					throw problem(field, "is too large: at most 40 megapixels");
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidInputException invalid) {
				throw invalid;
			}
			throw problem(field, "could not be read as an image");
		}
	}

	private static BufferedImage fit(BufferedImage image, ImageKind kind) {
		double scale = Math.min(1.0,
				Math.min((double) kind.maxWidth() / image.getWidth(), (double) kind.maxHeight() / image.getHeight()));
		int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
		int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
		boolean alpha = image.getColorModel().hasAlpha();
		BufferedImage target = new BufferedImage(width, height,
				alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D g = target.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.drawImage(image, 0, 0, width, height, null);
		}
		finally {
			g.dispose();
		}
		return target;
	}

	private static byte[] png(BufferedImage image) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] jpeg(BufferedImage image) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream();
				ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.88f);
			writer.write(null, new IIOImage(image, null, null), param);
			stream.flush();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
	}

	private static InvalidInputException problem(String field, String message) {
		return new InvalidInputException(List.of(new FieldProblem(field, message)));
	}

}
