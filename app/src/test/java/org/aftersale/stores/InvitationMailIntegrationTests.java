package org.aftersale.stores;

import java.time.Duration;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.aftersale.kernel.StoreId;
import org.aftersale.testing.MailServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * With an SMTP server, an invitation goes to the person invited by e-mail, with the link
 * that is theirs alone; the link joins them once, and not after it was used or withdrawn.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InvitationMailIntegrationTests {

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", MailServer::port);
	}

	@Autowired
	Invitations invitations;

	@Autowired
	InvitationMail mail;

	@Autowired
	Environment environment;

	@Test // #16
	void mailsTheLinkThatJoinsTheInviteeOnce() throws Exception {
		StaffPrincipal owner = new StaffPrincipal(UUID.randomUUID(), "owner@example.com", "Olga Owner", "",
				StoreId.of(org.aftersale.testing.InitialCredentials.of(environment).storeId()), "Corner Shop",
				StoreRole.OWNER);
		String email = "invitee." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

		Invitations.Invited invited = invitations.invite(owner, email, "Ivy", StoreRole.AGENT);
		assertThat(mail.send(invited, owner)).isTrue();

		await().atMost(Duration.ofSeconds(20)).until(() -> !MailServer.to(email).isEmpty());
		MimeMessage message = MailServer.to(email).get(0);
		assertThat(message.getSubject()).isEqualTo("Olga Owner invites you to Corner Shop on Aftersale");
		assertThat((String) message.getContent()).contains(mail.link(invited)).contains("choose your own password");
		assertThat(invitations.open(invited.token())).isPresent();

		invitations.acceptAsNew(invited.token(), "Ivy", "a-long-enough-password");
		assertThat(invitations.open(invited.token())).isEmpty();
		assertThatThrownBy(() -> invitations.acceptAsNew(invited.token(), "Ivy", "a-long-enough-password"))
			.isInstanceOf(org.aftersale.kernel.NotFoundException.class);
		assertThatThrownBy(() -> invitations.invite(owner, email, "Ivy", StoreRole.AGENT))
			.isInstanceOf(org.aftersale.kernel.InvalidInputException.class);
	}

}
