package org.aftersale.insights.web;

import java.util.List;
import java.util.Map;

import org.aftersale.insights.Dashboard;
import org.aftersale.insights.DashboardFigures;
import org.aftersale.kernel.StoreId;
import org.aftersale.platform.AdminController;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import tools.jackson.databind.json.JsonMapper;

/**
 * The admin's home: the store's figures, each a link into the list it counts, two charts
 * of the last 30 days, and what to do next while the store has no orders.
 */
@AdminController
@PreAuthorize("hasRole('ANALYST')")
class DashboardController {

	private final Dashboard dashboard;

	private final JsonMapper json;

	DashboardController(Dashboard dashboard, JsonMapper json) {
		this.dashboard = dashboard;
		this.json = json;
	}

	@GetMapping({ "/admin", "/admin/" })
	String home(StoreId storeId, Model model) {
		DashboardFigures figures = dashboard.of(storeId);
		model.addAttribute("figures", figures);
		model.addAttribute("ordersChart", json.writeValueAsString(ordersChart(figures)));
		model.addAttribute("deliveriesChart", json.writeValueAsString(deliveriesChart(figures)));
		return "insights/dashboard";
	}

	// Chart.js's data shape; the tables under the charts show the same figures without
	// JavaScript.
	private static Map<String, Object> ordersChart(DashboardFigures figures) {
		return Map.of("labels", labels(figures), "datasets", List
			.of(Map.of("label", "Orders", "data", figures.days().stream().map(DashboardFigures.Day::orders).toList())));
	}

	private static Map<String, Object> deliveriesChart(DashboardFigures figures) {
		return Map.of("labels", labels(figures), "datasets",
				List.of(Map.of("label", "On time", "data",
						figures.days().stream().map(DashboardFigures.Day::deliveredOnTime).toList()),
						Map.of("label", "Late", "data",
								figures.days().stream().map(DashboardFigures.Day::deliveredLate).toList()),
						Map.of("label", "No promised date", "data",
								figures.days().stream().map(DashboardFigures.Day::deliveredWithoutPromise).toList())));
	}

	private static List<String> labels(DashboardFigures figures) {
		return figures.days().stream().map(d -> d.day().toString()).toList();
	}

}
