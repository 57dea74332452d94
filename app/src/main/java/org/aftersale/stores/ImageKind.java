package org.aftersale.stores;

/**
 * What a merchant uploads an image for, and the box it is scaled down to fit: twice what
 * the pages show, so it stays sharp on high-density screens without shipping a camera
 * original to every shopper.
 */
public enum ImageKind {

	LOGO(800, 320), BANNER(2400, 960);

	private final int maxWidth;

	private final int maxHeight;

	ImageKind(int maxWidth, int maxHeight) {
		this.maxWidth = maxWidth;
		this.maxHeight = maxHeight;
	}

	int maxWidth() {
		return maxWidth;
	}

	int maxHeight() {
		return maxHeight;
	}

}
