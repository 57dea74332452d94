package org.aftersale.stores;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.aftersale.kernel.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageUploadTests {

	@Test
	void scalesALargeBannerIntoItsBoxAndWritesAnOpaqueOneAsJpeg() throws IOException {
		ImageUpload.Encoded banner = ImageUpload.reencode("bannerFile", image(4800, 1200, false, "jpeg"),
				ImageKind.BANNER);
		assertThat(banner.contentType()).isEqualTo("image/jpeg");
		assertThat(banner.width()).isEqualTo(2400);
		assertThat(banner.height()).isEqualTo(600);
		BufferedImage read = ImageIO.read(new ByteArrayInputStream(banner.bytes()));
		assertThat(read.getWidth()).isEqualTo(2400);
	}

	@Test
	void keepsTransparencyAsPngAndNeverEnlarges() throws IOException {
		ImageUpload.Encoded logo = ImageUpload.reencode("logoFile", image(200, 80, true, "png"), ImageKind.LOGO);
		assertThat(logo.contentType()).isEqualTo("image/png");
		assertThat(logo.width()).isEqualTo(200);
		BufferedImage read = ImageIO.read(new ByteArrayInputStream(logo.bytes()));
		assertThat(read.getColorModel().hasAlpha()).isTrue();
		assertThat(read.getRGB(0, 0) >>> 24).as("the transparent corner stays transparent").isZero();
	}

	@Test
	void keepsOnlyThePixelsOfAnUpload() throws IOException {
		byte[] upload = image(100, 100, false, "png");
		byte[] tail = "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.UTF_8);
		byte[] poisoned = new byte[upload.length + tail.length];
		System.arraycopy(upload, 0, poisoned, 0, upload.length);
		System.arraycopy(tail, 0, poisoned, upload.length, tail.length);
		ImageUpload.Encoded kept = ImageUpload.reencode("logoFile", poisoned, ImageKind.LOGO);
		assertThat(new String(kept.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("php");
	}

	@Test
	void refusesWhatIsNotAPngJpegOrGif() {
		assertThatThrownBy(() -> ImageUpload.reencode("logoFile",
				"<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8), ImageKind.LOGO))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("must be a PNG, JPEG or GIF image");
		assertThatThrownBy(() -> ImageUpload.reencode("logoFile", new byte[0], ImageKind.LOGO))
			.hasMessageContaining("is empty");
		assertThatThrownBy(() -> ImageUpload.reencode("logoFile", new byte[ImageUpload.MAX_BYTES + 1], ImageKind.LOGO))
			.hasMessageContaining("at most 5 MB");
	}

	@Test
	void refusesAnImageThatWouldUnpackIntoTooManyPixels() throws IOException {
		// 8000 × 6000 of one colour compresses to a few kilobytes and would take 192 MB
		// once decoded.
		byte[] bomb = image(8000, 6000, false, "png");
		assertThat(bomb.length).isLessThan(ImageUpload.MAX_BYTES);
		assertThatThrownBy(() -> ImageUpload.reencode("logoFile", bomb, ImageKind.LOGO))
			.hasMessageContaining("at most 40 megapixels");
	}

	private static byte[] image(int width, int height, boolean transparent, String format) throws IOException {
		BufferedImage image = new BufferedImage(width, height,
				transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(30, 80, 200));
		g.fillRect(width / 4, height / 4, width / 2, height / 2);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}

}
