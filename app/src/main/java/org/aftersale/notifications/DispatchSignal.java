package org.aftersale.notifications;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Wakes idle senders of a channel when a message was planned, once the planning
 * transaction has committed (before that, the message is invisible to them). Without it a
 * sender would only find the message at its next poll.
 */
@Component
class DispatchSignal {

	private final ReentrantLock lock = new ReentrantLock();

	private final Map<Channel, Condition> conditions = new EnumMap<>(Channel.class);

	private final Map<Channel, Long> generations = new EnumMap<>(Channel.class);

	DispatchSignal() {
		for (Channel channel : Channel.values()) {
			conditions.put(channel, lock.newCondition());
			generations.put(channel, 0L);
		}
	}

	void afterCommit(Channel channel) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			wake(channel);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				wake(channel);
			}
		});
	}

	void wake(Channel channel) {
		lock.lock();
		try {
			generations.merge(channel, 1L, Long::sum);
			conditions.get(channel).signalAll();
		}
		finally {
			lock.unlock();
		}
	}

	/** The current generation, to wait for a wake-up that happens after this moment. */
	long generation(Channel channel) {
		lock.lock();
		try {
			return generations.get(channel);
		}
		finally {
			lock.unlock();
		}
	}

	/** Waits until woken after {@code seen} or until the timeout. */
	void await(Channel channel, long seen, long timeoutMillis) throws InterruptedException {
		lock.lock();
		try {
			long remaining = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
			while (generations.get(channel) == seen && remaining > 0) {
				remaining = conditions.get(channel).awaitNanos(remaining);
			}
		}
		finally {
			lock.unlock();
		}
	}

}
