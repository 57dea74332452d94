package org.aftersale.platform;

import org.springframework.stereotype.Component;

/**
 * Refuses to start with an encryption keyset (or, for values sealed before it, a key)
 * other than the one the database was used with.
 */
@Component
class EncryptionKeyCheck {

	static final String KEYSET = "encryption keyset";

	EncryptionKeyCheck(SecretBox box, KeyChecks checks) {
		checks.verifyOpens(KEYSET, box,
				"Give every server the same keyset: copy encryption-keyset.json from the data folder of the first "
						+ "server, or set AFTERSALE_ENCRYPTION_KEYSET to the same value everywhere.");
		byte[] legacy = box.legacyKeyBytes();
		if (legacy != null) {
			checks.verify("encryption key", legacy,
					"Give every server the same key: copy encryption.key from the data folder of the first server, "
							+ "or set AFTERSALE_ENCRYPTION_KEY to the same value everywhere.");
		}
	}

}
