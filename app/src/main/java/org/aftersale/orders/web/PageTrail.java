package org.aftersale.orders.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The way back through keyset pages: the cursors of the pages before this one, carried in
 * the links (a keyset page knows only the next one). The first page's cursor is the empty
 * string. Public only for the template.
 *
 * @param before the cursors of the earlier pages, oldest first
 * @param current this page's cursor ("" on the first page)
 */
public record PageTrail(List<String> before, String current) {

	/** The deepest trail kept: beyond it, "Previous" goes back at most this far. */
	static final int MAX_DEPTH = 50;

	static PageTrail of(@Nullable String back, @Nullable String cursor) {
		List<String> before = new ArrayList<>();
		if (back != null && !back.isBlank() && cursor != null && !cursor.isBlank()) {
			before.addAll(Arrays.asList(back.split(",", -1)));
		}
		else if (cursor != null && !cursor.isBlank()) {
			before.add("");
		}
		while (before.size() > MAX_DEPTH) {
			before.remove(0);
		}
		return new PageTrail(List.copyOf(before), cursor == null ? "" : cursor.strip());
	}

	public boolean hasPrevious() {
		return !before.isEmpty();
	}

	/** The cursor of the page before ("" for the first page). */
	public String previousCursor() {
		return before.get(before.size() - 1);
	}

	/** The trail to carry to the page before. */
	public String previousBack() {
		return String.join(",", before.subList(0, before.size() - 1));
	}

	/** The trail to carry to the next page. */
	public String nextBack() {
		List<String> next = new ArrayList<>(before);
		next.add(current);
		return String.join(",", next);
	}

	/** This page's number, counted from 1. */
	public int pageNumber() {
		return before.size() + 1;
	}

}
