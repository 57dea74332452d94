package org.aftersale.returns.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.aftersale.returns.Return;
import org.aftersale.returns.ReturnItem;
import org.jspecify.annotations.Nullable;

/**
 * The units and condition of each item as a receiving form posts them
 * ({@code quantity-<line>}, {@code condition-<line>}), for the queue's page and the
 * shop's counter alike.
 */
final class ReceivedForm {

	private ReceivedForm() {
	}

	/**
	 * @throws IllegalArgumentException for a condition that is not one of the four
	 */
	static Map<UUID, Return.Received> of(Return ret, Map<String, String> form) {
		Map<UUID, Return.Received> received = new LinkedHashMap<>();
		for (ReturnItem item : ret.items()) {
			String key = item.lineId().toString();
			received.put(item.lineId(), Return.Received.of(units(form.get("quantity-" + key)),
					form.getOrDefault("condition-" + key, "new")));
		}
		return received;
	}

	// Not a number reads as -1, which the return refuses with its own message.
	private static long units(@Nullable String value) {
		try {
			return value == null ? 0 : Long.parseLong(value.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
