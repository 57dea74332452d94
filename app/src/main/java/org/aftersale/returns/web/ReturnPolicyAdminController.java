package org.aftersale.returns.web;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.Money;
import org.aftersale.kernel.StoreId;
import org.aftersale.orders.OrderQueries;
import org.aftersale.orders.OrderSearch;
import org.aftersale.orders.OrderSummary;
import org.aftersale.platform.AdminController;
import org.aftersale.platform.NavItem;
import org.aftersale.returns.PolicyBacktest;
import org.aftersale.returns.PolicyDocuments;
import org.aftersale.returns.ReturnDesk;
import org.aftersale.returns.ReturnPolicies;
import org.aftersale.returns.ReturnableItem;
import org.aftersale.returns.policy.ReturnPolicy;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The return policy in the admin ({@code /admin/returns/policy}): the draft edited as the
 * JSON document the API takes, checked on save with each problem at its place; the
 * simulator, which shows what the draft would offer for one order's items and why, and
 * back-tests it over past months of orders and returns; and publishing it.
 */
@AdminController
@PreAuthorize("hasRole('ANALYST')")
class ReturnPolicyAdminController {

	private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final ReturnPolicies policies;

	private final ReturnDesk desk;

	private final PolicyBacktest backtest;

	private final OrderQueries orders;

	private final Clock clock;

	ReturnPolicyAdminController(ReturnPolicies policies, ReturnDesk desk, PolicyBacktest backtest, OrderQueries orders,
			Clock clock) {
		this.policies = policies;
		this.desk = desk;
		this.backtest = backtest;
		this.orders = orders;
		this.clock = clock;
	}

	@Bean
	static NavItem returnPolicyNavItem() {
		return new NavItem("Operations", "Return policy", "/admin/returns/policy", 26, "ROLE_ANALYST");
	}

	@GetMapping("/admin/returns/policy")
	String show(StoreId storeId, @RequestParam(defaultValue = "") String order,
			@RequestParam(defaultValue = "0") int months, Model model) {
		ReturnPolicy published = policies.published(storeId);
		Optional<ReturnPolicy> draft = policies.draft(storeId);
		model.addAttribute("published", published);
		model.addAttribute("draft", draft.orElse(null));
		if (!model.containsAttribute("document")) {
			model.addAttribute("document", pretty(draft.orElse(published)));
		}
		ReturnPolicy simulated = draft.orElse(published);
		model.addAttribute("order", order);
		if (!order.isBlank()) {
			Optional<OrderSummary> found = orders
				.search(storeId, new OrderSearch(null, order.strip(), null, null, null, null, null, null, null), null,
						1)
				.items()
				.stream()
				.findFirst();
			if (found.isEmpty()) {
				model.addAttribute("dryRunError", "No order " + order.strip() + " in this store.");
			}
			else {
				List<ReturnableItem> items = desk.returnable(storeId, found.get().id(), simulated);
				model.addAttribute("dryRun", items);
				model.addAttribute("dryRunOrder", found.get().number());
			}
		}
		model.addAttribute("months", months);
		if (months > 0 && draft.isPresent()) {
			Instant to = clock.instant();
			PolicyBacktest.Result result = backtest.run(storeId, to.minus(Math.min(months, 24) * 31L, ChronoUnit.DAYS),
					to);
			model.addAttribute("backtest", result);
			model.addAttribute("feesBefore", fees(result.feesBeforeMinor(), result.currency()));
			model.addAttribute("feesAfter", fees(result.feesAfterMinor(), result.currency()));
		}
		return "returns/admin-policy";
	}

	@PostMapping("/admin/returns/policy/draft")
	@PreAuthorize("hasRole('ADMIN')")
	String saveDraft(StoreId storeId, @RequestParam(defaultValue = "") String document, RedirectAttributes redirect) {
		try {
			ReturnPolicy saved = policies.saveDraft(storeId, PolicyDocuments.read(document));
			redirect.addFlashAttribute("flash", "Draft saved as version " + saved.version()
					+ ". Try it on an order or back-test it before you publish it.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("document", document);
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/admin/returns/policy";
	}

	@PostMapping("/admin/returns/policy/publish")
	@PreAuthorize("hasRole('ADMIN')")
	String publish(StoreId storeId, RedirectAttributes redirect) {
		Optional<ReturnPolicy> published = policies.publish(storeId);
		redirect.addFlashAttribute("flash",
				published.map(p -> "Version " + p.version() + " is published: it decides every new return from now on.")
					.orElse("There is no draft to publish."));
		return "redirect:/admin/returns/policy";
	}

	private static String pretty(ReturnPolicy policy) {
		return PRETTY.writeValueAsString(PRETTY.readTree(PolicyDocuments.write(policy)));
	}

	private static @Nullable String fees(long minor, @Nullable String currency) {
		return currency == null ? null : new Money(minor, java.util.Currency.getInstance(currency)).toString();
	}

}
