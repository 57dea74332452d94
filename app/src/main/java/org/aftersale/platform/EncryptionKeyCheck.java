package org.aftersale.platform;

import org.springframework.stereotype.Component;

/** Refuses to start with an encryption key other than the one the database knows. */
@Component
class EncryptionKeyCheck {

	EncryptionKeyCheck(SecretBox box, KeyChecks checks) {
		checks.verify("encryption key", box.keyBytes(),
				"Give every server the same key: copy encryption.key from the data folder of the first server, "
						+ "or set AFTERSALE_ENCRYPTION_KEY to the same value everywhere.");
	}

}
