package org.aftersale.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How messages are sent, for every store.
 *
 * @param dispatch whether this instance sends at all (tests of planning switch it off)
 * @param emailWorkers parallel e-mail senders, each with its own SMTP connection
 * @param smsWorkers parallel SMS senders
 * @param batchSize messages a sender claims at once
 * @param lease how long a claim holds without being renewed; a crashed sender's claims
 * are recovered after it
 * @param poll how often an idle sender looks for due messages (it is also woken when a
 * message is planned)
 * @param maxAttempts tries before a message is given up as failed
 * @param firstRetry the first back-off; each further one doubles, with jitter
 * @param emailPerSecond e-mails handed to the SMTP server per second, 0 for no limit
 * @param smsPerSecond SMS handed to each provider account per second
 * @param mailFrom the From address of stores that have not set their own
 */
@ConfigurationProperties("aftersale.notifications")
public record NotificationsSettings(@DefaultValue("true") boolean dispatch, @DefaultValue("4") int emailWorkers,
		@DefaultValue("2") int smsWorkers, @DefaultValue("25") int batchSize, @DefaultValue("30s") Duration lease,
		@DefaultValue("500ms") Duration poll, @DefaultValue("6") int maxAttempts,
		@DefaultValue("30s") Duration firstRetry, @DefaultValue("0") int emailPerSecond,
		@DefaultValue("10") int smsPerSecond, @DefaultValue("notifications@aftersale.localhost") String mailFrom) {

}
