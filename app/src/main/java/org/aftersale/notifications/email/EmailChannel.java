package org.aftersale.notifications.email;

import java.util.Properties;

import jakarta.mail.Session;
import org.aftersale.kernel.StoreId;
import org.aftersale.notifications.Channel;
import org.aftersale.notifications.MessageChannel;

import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * E-mail over SMTP ({@code SPRING_MAIL_HOST}, {@code SPRING_MAIL_PORT}, optional user and
 * password). Each hand-over keeps one SMTP connection open for its whole batch: a new
 * connection per message is some fifty times slower. Without a configured host the
 * channel is unavailable and no e-mail is planned.
 */
// Bound here too: without a host, Boot's mail auto-configuration (and its MailProperties)
// stays off.
@Component
@EnableConfigurationProperties(MailProperties.class)
class EmailChannel implements MessageChannel {

	private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

	private final MailProperties mail;

	private final Session session;

	private final Session internationalSession;

	EmailChannel(MailProperties mail) {
		// Jakarta Mail looks its StreamProvider up with a ServiceLoader scan of the whole
		// class path for every body part it creates or writes unless this names it: 38 %
		// of
		// the CPU of a sending burst in the executable jar.
		if (System.getProperty(STREAM_PROVIDER) == null) {
			System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
		}
		this.mail = mail;
		Properties properties = new Properties();
		properties.putAll(mail.getProperties());
		properties.putIfAbsent("mail.smtp.connectiontimeout", "10000");
		properties.putIfAbsent("mail.smtp.timeout", "10000");
		this.session = Session.getInstance(properties);
		// Only for mailbox names beyond ASCII, and only through a server offering
		// SMTPUTF8: this session writes display names and other headers in raw UTF-8.
		Properties international = new Properties();
		international.putAll(properties);
		international.put("mail.mime.allowutf8", "true");
		this.internationalSession = Session.getInstance(international);
	}

	@Override
	public Channel channel() {
		return Channel.EMAIL;
	}

	@Override
	public boolean availableFor(StoreId storeId) {
		return StringUtils.hasText(mail.getHost());
	}

	@Override
	public Handover open() {
		return new SmtpHandover(session, internationalSession, mail.getHost(),
				mail.getPort() == null ? 25 : mail.getPort(), mail.getUsername(), mail.getPassword());
	}

}
