package org.aftersale.returns;

import java.util.Optional;

/**
 * What kind of file an uploaded label is, from its first bytes rather than from what the
 * browser claims.
 */
final class LabelFiles {

	private LabelFiles() {
	}

	static Optional<String> mediaType(byte[] file) {
		if (starts(file, '%', 'P', 'D', 'F', '-')) {
			return Optional.of("application/pdf");
		}
		if (starts(file, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of("image/png");
		}
		if (starts(file, 0xFF, 0xD8, 0xFF)) {
			return Optional.of("image/jpeg");
		}
		return Optional.empty();
	}

	private static boolean starts(byte[] file, int... magic) {
		if (file.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((file[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

}
