package org.aftersale.kernel;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One page of a keyset-paginated list: its items and, unless it is the last, the cursor
 * where the next page starts.
 *
 * @param nextCursor {@code null} on the last page
 */
public record KeysetPage<T>(List<T> items, @Nullable String nextCursor) {

	public KeysetPage {
		items = List.copyOf(items);
	}

	/**
	 * The page from rows read with {@code limit + 1}: the extra row, when there is one,
	 * only tells that a next page exists, which starts after the last row kept.
	 */
	public static <T> KeysetPage<T> of(List<T> fetched, int limit, Function<T, PageCursor> positionOf) {
		if (fetched.size() <= limit) {
			return new KeysetPage<>(fetched, null);
		}
		List<T> kept = fetched.subList(0, limit);
		return new KeysetPage<>(kept, positionOf.apply(kept.get(limit - 1)).encode());
	}

}
