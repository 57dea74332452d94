package org.aftersale.stores;

import org.aftersale.platform.PublicUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a team invitation's link to the person invited, when the server has an SMTP
 * server ({@code SPRING_MAIL_HOST}). Without one, or when sending fails, the admin who
 * invited gets the link to pass on: it is the invitee's own way in, not a password.
 */
@Component
public class InvitationMail {

	private static final Logger log = LoggerFactory.getLogger(InvitationMail.class);

	private final ObjectProvider<JavaMailSender> mail;

	private final PublicUrl publicUrl;

	private final StoresSettings settings;

	InvitationMail(ObjectProvider<JavaMailSender> mail, PublicUrl publicUrl, StoresSettings settings) {
		this.mail = mail;
		this.publicUrl = publicUrl;
		this.settings = settings;
	}

	/** The link that accepts the invitation. */
	public String link(Invitations.Invited invited) {
		return publicUrl.resolve("/admin/invitations/" + invited.token());
	}

	/** True when the e-mail went out; false when the admin must pass the link on. */
	public boolean send(Invitations.Invited invited, StaffPrincipal inviter) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			return false;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(settings.mailFrom());
		message.setTo(invited.email());
		message.setSubject(inviter.displayName() + " invites you to " + inviter.storeName() + " on Aftersale");
		message.setText("""
				%s invites you to the team of %s on Aftersale.

				Accept here (the link works once, for seven days):
				%s

				%s
				If you did not expect this, ignore this e-mail; nothing happens unless you accept.
				""".formatted(inviter.displayName(), inviter.storeName(), link(invited),
				invited.existingAccount() ? "You will sign in with your Aftersale account to accept.\n"
						: "You will choose your own password.\n"));
		try {
			sender.send(message);
			return true;
		}
		catch (MailException ex) {
			log.warn("Could not send the team invitation to {}: {}", invited.email(), ex.getMessage());
			return false;
		}
	}

}
