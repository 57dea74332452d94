package org.aftersale.notifications;

import java.time.Duration;

/**
 * Whether a trigger sends on a channel for a store, after how long, and to which orders.
 */
public record TriggerSetting(Trigger trigger, Channel channel, boolean enabled, Duration delay,
		TriggerConditions conditions) {

	static TriggerSetting defaultFor(Trigger trigger, Channel channel) {
		return new TriggerSetting(trigger, channel, trigger.onByDefault(channel), Duration.ZERO,
				TriggerConditions.NONE);
	}

}
