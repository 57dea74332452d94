package org.aftersale.notifications.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One GreenMail SMTP server on a free port for the notifications tests, wired in as the
 * application's mail server, so that the tests sharing it also share one application
 * context.
 */
public class TemplateMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final GreenMail MAIL = start();

	private static GreenMail start() {
		GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		mail.start();
		return mail;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("greenmail",
					Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", MAIL.getSmtp().getPort())));
	}

	/** The messages received so far for this recipient. */
	static List<MimeMessage> to(String recipient) {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : MAIL.getReceivedMessages()) {
			try {
				for (var address : message.getRecipients(Message.RecipientType.TO)) {
					if (address.toString().contains(recipient)) {
						found.add(message);
					}
				}
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}
		return found;
	}

	/** The body part of this MIME type, searched through nested multiparts. */
	static String part(Part part, String type) {
		try {
			if (part.isMimeType(type)) {
				return String.valueOf(part.getContent());
			}
			if (part.getContent() instanceof Multipart multipart) {
				for (int i = 0; i < multipart.getCount(); i++) {
					BodyPart child = multipart.getBodyPart(i);
					String found = part(child, type);
					if (found != null) {
						return found;
					}
				}
			}
			return null;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
