package org.aftersale.bench;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * What the machine itself allows: one of the e-mails Aftersale sent, handed to a fresh
 * GreenMail again and again over reused connections, as fast as Jakarta Mail can, with no
 * database, no rendering and no carrier events to take in. Each copy is due when the
 * server accepted the event of its original, so the latencies it prints are the least any
 * sender could reach on this machine with the same burst: the floor under the measured
 * figures. The copies go out already encoded, so this sender does less than any real one.
 */
final class SmtpFloor {

	private final byte[] sample;

	private final int port;

	private final int connections;

	SmtpFloor(byte[] sample, int port, int connections) {
		this.sample = sample;
		this.port = port;
		this.connections = connections;
	}

	/**
	 * @param dueNanos when each copy falls due, in nanoseconds after the start
	 */
	void measure(long[] dueNanos) throws Exception {
		int count = dueNanos.length;
		// Written by GreenMail's threads, read here once every copy was answered.
		AtomicLongArray arrived = new AtomicLongArray(count);
		AtomicInteger received = new AtomicInteger();
		GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		try {
			GreenMailUser sink = smtp.getUserManager().createUser("floor@bench.localhost", "floor", "floor");
			smtp.getUserManager().setMessageDeliveryHandler((message, address) -> {
				String local = address.getEmail();
				arrived.set(Integer.parseInt(local.substring("floor-".length(), local.indexOf('@'))),
						System.nanoTime());
				received.incrementAndGet();
				return sink;
			});
			Properties properties = new Properties();
			properties.put("mail.smtp.host", "127.0.0.1");
			properties.put("mail.smtp.port", Integer.toString(port));
			Session session = Session.getInstance(properties);
			AtomicInteger next = new AtomicInteger();
			ExecutorService pool = Executors.newFixedThreadPool(connections);
			long start = System.nanoTime();
			List<Future<?>> senders = new ArrayList<>();
			for (int c = 0; c < connections; c++) {
				senders.add(pool.submit(() -> {
					MimeMessage copy = new MimeMessage(session, new ByteArrayInputStream(sample));
					try (Transport transport = session.getTransport("smtp")) {
						transport.connect();
						for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
							long wait = start + dueNanos[i] - System.nanoTime();
							if (wait > 0) {
								Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
							}
							InternetAddress to = new InternetAddress("floor-" + i + "@shoppers.example");
							copy.setHeader("To", to.toString());
							copy.setHeader("Message-ID", "<floor-" + i + "@bench>");
							transport.sendMessage(copy, new Address[] { to });
						}
					}
					return null;
				}));
			}
			for (Future<?> sender : senders) {
				sender.get();
			}
			pool.shutdown();
			long[] latencies = new long[count];
			long last = start;
			for (int i = 0; i < count; i++) {
				latencies[i] = arrived.get(i) - start - dueNanos[i];
				last = Math.max(last, arrived.get(i));
			}
			Arrays.sort(latencies);
			System.out.printf(
					"floor: the same e-mail (%,d bytes) straight to GreenMail over %d connections, each due when its event "
							+ "was accepted: %d received, %.0f e-mails/s; latency due -> receipt (ms): p50 %.0f  p99 %.0f  max %.0f%n",
					sample.length, connections, received.get(), count / ((last - start) / 1e9),
					latencies[count / 2 - 1] / 1e6, latencies[(int) Math.ceil(0.99 * count) - 1] / 1e6,
					latencies[count - 1] / 1e6);
		}
		finally {
			smtp.stop();
		}
	}

}
