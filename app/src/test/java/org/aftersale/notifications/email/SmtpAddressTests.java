package org.aftersale.notifications.email;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SmtpAddressTests {

	@Test
	void anInternationalisedDomainTravelsInItsAsciiForm() {
		assertThat(SmtpAddress.of("anna@bücher.example"))
			.isEqualTo(new SmtpAddress("anna@xn--bcher-kva.example", false));
		assertThat(SmtpAddress.of("shopper@例え.テスト"))
			.isEqualTo(new SmtpAddress("shopper@xn--r8jz45g.xn--zckzah", false));
	}

	@Test
	void aMailboxNameBeyondAsciiIsKeptAndNeedsSmtpUtf8() {
		assertThat(SmtpAddress.of("josé@exemplo.com.br")).isEqualTo(new SmtpAddress("josé@exemplo.com.br", true));
		assertThat(SmtpAddress.of("用户@例え.テスト")).isEqualTo(new SmtpAddress("用户@xn--r8jz45g.xn--zckzah", true));
	}

	@Test
	void aPlainAddressIsLeftAlone() {
		assertThat(SmtpAddress.of("Shopper+Tag@Example.com"))
			.isEqualTo(new SmtpAddress("Shopper+Tag@Example.com", false));
	}

	@Test
	void whatCannotBeAnAddressIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> SmtpAddress.of("no-at-sign.example"));
		assertThatIllegalArgumentException().isThrownBy(() -> SmtpAddress.of("shopper@"));
		// a label longer than DNS allows
		assertThatIllegalArgumentException().isThrownBy(() -> SmtpAddress.of("shopper@" + "ü".repeat(70) + ".example"));
	}

}
