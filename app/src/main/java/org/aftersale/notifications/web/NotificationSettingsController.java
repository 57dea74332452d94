package org.aftersale.notifications.web;

import java.util.List;
import java.util.Map;

import org.aftersale.kernel.StoreId;
import org.aftersale.notifications.MessagingPolicies;
import org.aftersale.notifications.TriggerSetting;
import org.aftersale.notifications.TriggerSettings;
import org.aftersale.platform.AdminController;
import org.aftersale.stores.StaffPrincipal;
import org.aftersale.stores.StoreRole;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Notifications › Message settings: which moments send on which channel, after how long
 * and to which orders, and the store's sender, quiet hours and timing. Everyone may look;
 * admins change.
 */
@AdminController
@PreAuthorize("hasRole('ANALYST')")
@RequestMapping("/admin/notifications/settings")
class NotificationSettingsController {

	private final TriggerSettings triggers;

	private final MessagingPolicies policies;

	NotificationSettingsController(TriggerSettings triggers, MessagingPolicies policies) {
		this.triggers = triggers;
		this.policies = policies;
	}

	@ModelAttribute("canEdit")
	boolean canEdit(@AuthenticationPrincipal @Nullable StaffPrincipal staff) {
		return staff != null && staff.can(StoreRole.ADMIN);
	}

	@GetMapping
	String show(StoreId storeId, Model model) {
		return page(NotificationSettingsForm.of(triggers.all(storeId), policies.of(storeId)), Map.of(), model);
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	String save(StoreId storeId, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		NotificationSettingsForm form = NotificationSettingsForm.of(params);
		NotificationSettingsForm.Checked checked = form.check(storeId);
		if (!checked.errors().isEmpty() || checked.policy() == null) {
			model.addAttribute("error", "Not saved: please correct the highlighted fields.");
			return page(form, checked.errors(), model);
		}
		for (TriggerSetting setting : checked.settings()) {
			// Only what the merchant changed is stored, so untouched triggers keep
			// following the defaults as they evolve.
			if (!setting.equals(triggers.of(storeId, setting.trigger(), setting.channel()))) {
				triggers.save(storeId, setting);
			}
		}
		policies.save(checked.policy());
		redirect.addFlashAttribute("flash", "Message settings saved.");
		return "redirect:/admin/notifications/settings";
	}

	private String page(NotificationSettingsForm form, Map<String, String> errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("customerChoices", List.of("any", "first_time", "repeat"));
		return "notifications/settings";
	}

}
