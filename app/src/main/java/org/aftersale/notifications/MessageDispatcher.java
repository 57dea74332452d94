package org.aftersale.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends due messages off the request threads: per channel, a few sender threads that each
 * claim a batch, hand it over through one provider connection and record every outcome.
 * Idle senders wait for a {@link DispatchSignal} or the next poll. One of them also
 * recovers claims of senders that died, on this or another instance.
 */
@Component
class MessageDispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(MessageDispatcher.class);

	private final List<MessageChannel> channels;

	private final Messages messages;

	private final BatchSender sender;

	private final DispatchSignal signal;

	private final NotificationsSettings settings;

	private final List<Thread> threads = new ArrayList<>();

	private volatile boolean running;

	MessageDispatcher(List<MessageChannel> channels, Messages messages, BatchSender sender, DispatchSignal signal,
			NotificationsSettings settings) {
		this.channels = channels;
		this.messages = messages;
		this.sender = sender;
		this.signal = signal;
		this.settings = settings;
	}

	@Override
	public void start() {
		if (!settings.dispatch()) {
			return;
		}
		running = true;
		boolean recovering = true;
		for (MessageChannel channel : channels) {
			int workers = channel.channel() == Channel.EMAIL ? settings.emailWorkers() : settings.smsWorkers();
			for (int i = 1; i <= Math.max(1, workers); i++) {
				boolean recoverer = recovering;
				recovering = false;
				Thread thread = new Thread(() -> loop(channel, recoverer),
						"notify-" + channel.channel().wireName() + "-" + i);
				thread.setDaemon(true);
				threads.add(thread);
				thread.start();
			}
		}
	}

	private void loop(MessageChannel channel, boolean recoverer) {
		long lastRecovery = 0;
		while (running) {
			try {
				if (recoverer && System.currentTimeMillis() - lastRecovery > settings.lease().toMillis() / 2) {
					lastRecovery = System.currentTimeMillis();
					int back = messages.recoverAbandoned();
					if (back > 0) {
						log.info("recovered {} messages of stopped senders", back);
						signal.wake(channel.channel());
					}
				}
				long seen = signal.generation(channel.channel());
				UUID token = UUID.randomUUID();
				List<Message> batch = messages.claim(channel.channel(), token, settings.batchSize(), settings.lease());
				if (batch.isEmpty()) {
					signal.await(channel.channel(), seen, settings.poll().toMillis());
					continue;
				}
				sender.send(channel, token, batch, () -> running);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				// A database outage must not end the sender: wait a poll and try again.
				log.warn("sender of {} failed, retrying: {}", channel.channel().wireName(), ex.toString());
				sleep();
			}
		}
	}

	private void sleep() {
		try {
			Thread.sleep(settings.poll().toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void stop() {
		running = false;
		for (Channel channel : Channel.values()) {
			signal.wake(channel);
		}
		for (Thread thread : threads) {
			try {
				thread.join(15_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		threads.clear();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	// Stop before the web server and the connection pool (default phase), so a message
	// being
	// handed over is recorded before the database goes away.
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 1000;
	}

}
