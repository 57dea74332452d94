package org.aftersale.returns.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.Money;
import org.aftersale.kernel.StoreId;
import org.aftersale.platform.AdminController;
import org.aftersale.platform.NavItem;
import org.aftersale.returns.LabelDesk;
import org.aftersale.returns.RefundOverride;
import org.aftersale.returns.Return;
import org.aftersale.returns.ReturnActivity;
import org.aftersale.returns.ReturnDesk;
import org.aftersale.returns.ReturnItem;
import org.aftersale.returns.ReturnQueue;
import org.aftersale.returns.ReturnStatus;
import org.aftersale.returns.ReturnTransitionRefused;
import org.aftersale.returns.ReturnVerdicts;
import org.aftersale.returns.policy.ItemDecision;
import org.aftersale.returns.policy.ReturnMethod;
import org.aftersale.stores.StaffPrincipal;
import org.aftersale.stores.StoreDirectory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.json.JsonMapper;

/**
 * The team's returns queue ({@code /admin/returns}): filters, bulk approval and
 * rejection, and each return's page with its items, the policy's explanation, its
 * timeline and the steps its status allows. Every step is recorded with who took it.
 */
@AdminController
@PreAuthorize("hasRole('ANALYST')")
class ReturnAdminController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ReturnDesk desk;

	private final ReturnQueue queue;

	private final ReturnActivity activity;

	private final StoreDirectory stores;

	private final LabelDesk labels;

	private final ReturnVerdicts verdicts;

	private final java.time.Clock clock;

	ReturnAdminController(ReturnDesk desk, ReturnQueue queue, ReturnActivity activity, StoreDirectory stores,
			LabelDesk labels, ReturnVerdicts verdicts, java.time.Clock clock) {
		this.verdicts = verdicts;
		this.labels = labels;
		this.desk = desk;
		this.queue = queue;
		this.activity = activity;
		this.stores = stores;
		this.clock = clock;
	}

	@Bean
	static NavItem returnsNavItem() {
		return new NavItem("Operations", "Returns", "/admin/returns", 25, "ROLE_ANALYST");
	}

	@GetMapping("/admin/returns")
	String list(StoreId storeId, @RequestParam(defaultValue = "") String status,
			@RequestParam(defaultValue = "") String method, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "0") int olderThan, @RequestParam(defaultValue = "false") boolean attention,
			@RequestParam(defaultValue = "false") boolean flagged,
			@RequestParam(required = false) @Nullable String cursor, Model model) {
		ReturnQueue.Filter filter = new ReturnQueue.Filter(ReturnStatus.fromWire(status).orElse(null),
				ReturnMethod.fromWire(method).orElse(null), reason.isBlank() ? null : reason, Math.max(0, olderThan),
				attention, flagged);
		model.addAttribute("attention", attention);
		model.addAttribute("flagged", flagged);
		model.addAttribute("page", queue.page(storeId, filter, cursor, 50, clock.instant()));
		model.addAttribute("status", status);
		model.addAttribute("method", method);
		model.addAttribute("reason", reason);
		model.addAttribute("olderThan", olderThan);
		model.addAttribute("statuses", ReturnStatus.values());
		model.addAttribute("methods", ReturnMethod.values());
		model.addAttribute("zone", stores.get(storeId).zone());
		return "returns/admin-list";
	}

	@PostMapping("/admin/returns/bulk")
	@PreAuthorize("hasRole('AGENT')")
	String bulk(StoreId storeId, @AuthenticationPrincipal StaffPrincipal staff,
			@RequestParam(name = "ids", required = false) @Nullable List<UUID> ids, @RequestParam String action,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		List<String> refused = new ArrayList<>();
		int done = 0;
		for (UUID id : ids == null ? List.<UUID>of() : ids) {
			try {
				if ("reject".equals(action)) {
					desk.reject(storeId, id, staff.email(), reason);
				}
				else {
					desk.approve(storeId, id, staff.email());
				}
				done++;
			}
			catch (ReturnTransitionRefused | InvalidInputException ex) {
				refused.add(ex.getMessage());
			}
		}
		redirect.addFlashAttribute("flash",
				done + (done == 1 ? " return " : " returns ") + ("reject".equals(action) ? "rejected." : "approved."));
		if (!refused.isEmpty()) {
			redirect.addFlashAttribute("actionError", String.join(" ", refused));
		}
		return "redirect:/admin/returns";
	}

	@GetMapping("/admin/returns/{id}")
	String show(StoreId storeId, @PathVariable UUID id, Model model) {
		Return found = desk.get(storeId, id);
		Map<UUID, List<ItemDecision.RuleTrace>> explanations = new LinkedHashMap<>();
		for (ReturnItem item : found.items()) {
			explanations.put(item.lineId(),
					List.of(JSON.readValue(item.explanation(), ItemDecision.RuleTrace[].class)));
		}
		model.addAttribute("ret", found);
		java.util.Currency currency = found.currency();
		Map<String, String> money = new LinkedHashMap<>();
		var a = found.amounts();
		money.put("items", new Money(a.itemsMinor(), currency).toString());
		money.put("discount", new Money(a.discountMinor(), currency).toString());
		money.put("tax", new Money(a.taxMinor(), currency).toString());
		money.put("fees", new Money(a.feesMinor(), currency).toString());
		money.put("refund", new Money(a.refundMinor(), currency).toString());
		money.put("credit", new Money(a.creditMinor(), currency).toString());
		for (ReturnItem item : found.items()) {
			money.put("unit-" + item.lineId(), new Money(item.unitPaidMinor(), currency).toString());
			money.put("refund-" + item.lineId(), new Money(item.refundMinor(), currency).toString());
		}
		model.addAttribute("money", money);
		model.addAttribute("explanations", explanations);
		model.addAttribute("timeline", activity.of(found.id()));
		model.addAttribute("label", labels.of(storeId, id).orElse(null));
		model.addAttribute("verdict", verdicts.of(storeId, id).map(ReturnVerdicts.Verdict::wireName).orElse(null));
		model.addAttribute("labelled", LabelDesk.labelled(found.method()));
		model.addAttribute("zone", stores.get(storeId).zone());
		model.addAttribute("can",
				Map.of("approve", found.status().canBecome(ReturnStatus.APPROVED), "reject",
						found.status().canBecome(ReturnStatus.REJECTED), "receive",
						found.status().canBecome(ReturnStatus.RECEIVED), "resolve",
						found.status().canBecome(ReturnStatus.RESOLVED), "cancel",
						found.status().canBecome(ReturnStatus.CANCELLED)));
		return "returns/admin-detail";
	}

	@PostMapping("/admin/returns/{id}/{step:approve|reject|resolve|cancel}")
	@PreAuthorize("hasRole('AGENT')")
	String step(StoreId storeId, @AuthenticationPrincipal StaffPrincipal staff, @PathVariable UUID id,
			@PathVariable String step, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "") String refundAmount, RedirectAttributes redirect) {
		try {
			Return after = switch (step) {
				case "approve" -> desk.approve(storeId, id, staff.email());
				case "reject" -> desk.reject(storeId, id, staff.email(), reason);
				case "resolve" -> desk.resolve(storeId, id, staff.email(),
						RefundOverride.of(refundAmount, reason, desk.get(storeId, id).currency()));
				default -> desk.cancel(storeId, id, staff.email());
			};
			redirect.addFlashAttribute("flash",
					"Return " + after.number() + " is " + after.status().wireName().replace('_', ' ') + ".");
		}
		catch (ReturnTransitionRefused ex) {
			redirect.addFlashAttribute("actionError", ex.getMessage());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionError", "Not done: " + ex.problems().get(0).message() + ".");
		}
		return "redirect:/admin/returns/" + id;
	}

	@PostMapping("/admin/returns/{id}/verdict")
	@PreAuthorize("hasRole('AGENT')")
	String verdict(StoreId storeId, @AuthenticationPrincipal StaffPrincipal staff, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String verdict, RedirectAttributes redirect) {
		try {
			ReturnVerdicts.Verdict given = verdicts.mark(storeId, id, verdict, staff.email());
			redirect.addFlashAttribute("flash", given == ReturnVerdicts.Verdict.FRAUD
					? "Marked as fraud: the shopper's returns are flagged." : "Marked as safe.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionError", "Not marked: " + ex.problems().get(0).message() + ".");
		}
		return "redirect:/admin/returns/" + id;
	}

	@PostMapping("/admin/returns/{id}/refund/retry")
	@PreAuthorize("hasRole('AGENT')")
	String retryRefund(StoreId storeId, @AuthenticationPrincipal StaffPrincipal staff, @PathVariable UUID id,
			RedirectAttributes redirect) {
		try {
			desk.retryRefund(storeId, id, staff.email());
			redirect.addFlashAttribute("flash", "The refund is asked of the shop again.");
		}
		catch (ReturnTransitionRefused ex) {
			redirect.addFlashAttribute("actionError", ex.getMessage());
		}
		return "redirect:/admin/returns/" + id;
	}

	@PostMapping("/admin/returns/{id}/receive")
	@PreAuthorize("hasRole('AGENT')")
	String receive(StoreId storeId, @AuthenticationPrincipal StaffPrincipal staff, @PathVariable UUID id,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Return found = desk.get(storeId, id);
		try {
			desk.receive(storeId, id, staff.email(), ReceivedForm.of(found, form));
			redirect.addFlashAttribute("flash", "Return " + found.number() + " is received.");
		}
		catch (ReturnTransitionRefused ex) {
			redirect.addFlashAttribute("actionError", ex.getMessage());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionError", "Not received: " + ex.problems().get(0).message() + ".");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("actionError", "Not received: " + ex.getMessage() + ".");
		}
		return "redirect:/admin/returns/" + id;
	}

}
