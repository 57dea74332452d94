package org.aftersale.notifications.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aftersale.notifications.Channel;
import org.aftersale.notifications.MessageStatistics.DailyVolume;

/**
 * The volume chart's data as Chart.js wants it: one label per day, every day of the
 * period present (days without messages count zero), and one series per trigger and
 * channel that sent anything.
 */
record MessageLogChart(List<String> labels, List<Series> datasets) {

	/** One line of the chart. */
	record Series(String label, long[] data) {
	}

	static MessageLogChart of(List<DailyVolume> volumes, LocalDate first, int days) {
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < days; i++) {
			labels.add(first.plusDays(i).toString());
		}
		Map<String, long[]> series = new LinkedHashMap<>();
		for (DailyVolume v : volumes) {
			int index = (int) (v.day().toEpochDay() - first.toEpochDay());
			if (index < 0 || index >= days) {
				continue;
			}
			String label = words(v.trigger().wireName()) + " · " + (v.channel() == Channel.SMS ? "SMS" : "e-mail");
			series.computeIfAbsent(label, k -> new long[days])[index] += v.count();
		}
		List<Series> datasets = new ArrayList<>();
		series.forEach((label, data) -> datasets.add(new Series(label, Arrays.copyOf(data, data.length))));
		return new MessageLogChart(labels, datasets);
	}

	static String words(String wireName) {
		String spaced = wireName.replace('_', ' ');
		return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

}
