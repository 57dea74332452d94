package org.aftersale.notifications.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.aftersale.kernel.StoreId;
import org.aftersale.notifications.Channel;
import org.aftersale.notifications.Trigger;
import org.aftersale.notifications.templates.InvalidTemplateException;
import org.aftersale.notifications.templates.MessageTemplates;
import org.aftersale.notifications.templates.TemplateDesign;
import org.aftersale.notifications.templates.TemplateLanguage;
import org.aftersale.notifications.templates.TemplateSources;
import org.aftersale.platform.AdminController;
import org.aftersale.stores.StaffPrincipal;
import org.aftersale.stores.StoreRole;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Notifications › Templates: every trigger's message per channel and language, and an
 * editor with a live preview against a real order, a test message to oneself, saving
 * (refused with the line and reason while the template has a problem) and a reset to the
 * default. Everyone may look; admins change.
 */
@AdminController
@PreAuthorize("hasRole('ANALYST')")
@RequestMapping("/admin/notifications/templates")
class TemplateEditorController {

	/** One line of the list: a trigger on a channel, edited or default per language. */
	record Row(String trigger, String channel, List<Cell> cells) {
	}

	record Cell(String language, String path, boolean edited) {
	}

	private final MessageTemplates templates;

	private final TemplateTrials trials;

	TemplateEditorController(MessageTemplates templates, TemplateTrials trials) {
		this.templates = templates;
		this.trials = trials;
	}

	@ModelAttribute("canEdit")
	boolean canEdit(@AuthenticationPrincipal @Nullable StaffPrincipal staff) {
		return staff != null && staff.can(StoreRole.ADMIN);
	}

	@GetMapping
	String list(StoreId storeId, Model model) {
		Set<String> edited = templates.edited(storeId);
		List<Row> rows = new ArrayList<>();
		for (Trigger trigger : Trigger.values()) {
			for (Channel channel : Channel.values()) {
				List<Cell> cells = new ArrayList<>();
				for (Locale language : TemplateLanguage.SUPPORTED) {
					TemplateRef ref = new TemplateRef(trigger, channel, language);
					cells.add(new Cell(language.toLanguageTag(), ref.path(), edited
						.contains(trigger.wireName() + "/" + channel.wireName() + "/" + language.toLanguageTag())));
				}
				rows.add(new Row(TemplateRef.label(trigger), channel == Channel.EMAIL ? "E-mail" : "SMS", cells));
			}
		}
		model.addAttribute("rows", rows);
		model.addAttribute("languages", TemplateLanguage.SUPPORTED.stream().map(TemplateLanguage::label).toList());
		return "notifications/template-list";
	}

	@GetMapping("/{trigger}/{channel}/{language}")
	String edit(StoreId storeId, @PathVariable String trigger, @PathVariable String channel,
			@PathVariable String language, @RequestParam(required = false) @Nullable String orderNumber,
			@RequestParam(required = false) @Nullable String mode, Model model) {
		TemplateRef ref = ref(trigger, channel, language);
		if (ref.channel() == Channel.EMAIL && !TemplateForm.ADVANCED.equals(mode)) {
			Optional<TemplateDesign> design = templates.design(storeId, ref.trigger(), ref.language());
			if (design.isPresent() || TemplateForm.SIMPLE.equals(mode)) {
				// A template written in HTML opens as it is; asking for the simple editor
				// starts it from the default words, which replace the HTML only on save.
				model.addAttribute("replacesHtml", design.isEmpty());
				TemplateForm form = TemplateForm
					.of(design.orElseGet(() -> templates.defaultDesign(ref.trigger(), ref.language())), orderNumber);
				return page(storeId, ref, form, List.of(), model);
			}
		}
		TemplateSources sources = templates.sources(storeId, ref.trigger(), ref.channel(), ref.language());
		return page(storeId, ref, TemplateForm.of(sources, orderNumber), List.of(), model);
	}

	@PostMapping("/{trigger}/{channel}/{language}")
	@PreAuthorize("hasRole('ADMIN')")
	String save(StoreId storeId, @PathVariable String trigger, @PathVariable String channel,
			@PathVariable String language, TemplateForm form, @AuthenticationPrincipal StaffPrincipal staff,
			Model model, RedirectAttributes redirect) {
		TemplateRef ref = ref(trigger, channel, language);
		try {
			if (form.simple(ref.channel())) {
				templates.save(storeId, ref.trigger(), ref.language(), form.design(), staff.email());
			}
			else {
				templates.save(storeId, ref.trigger(), ref.channel(), ref.language(), form.sources(ref.channel()),
						staff.email());
			}
		}
		catch (InvalidTemplateException ex) {
			model.addAttribute("error", "Not saved: fix the problems below first.");
			return page(storeId, ref, form, trials.problems(form.sources(ref.channel()), ref.channel()), model);
		}
		redirect.addFlashAttribute("flash", "Template saved.");
		return "redirect:" + ref.path();
	}

	@PostMapping(path = "/{trigger}/{channel}/{language}/preview", headers = "HX-Request")
	String preview(StoreId storeId, @PathVariable String trigger, @PathVariable String channel,
			@PathVariable String language, TemplateForm form, Model model) {
		TemplateRef ref = ref(trigger, channel, language);
		model.addAttribute("ref", ref);
		model.addAttribute("preview", trials.preview(storeId, ref, form.sources(ref.channel()), form.orderNumber()));
		return "notifications/template-editor :: preview";
	}

	@PostMapping("/{trigger}/{channel}/{language}/test")
	@PreAuthorize("hasRole('ADMIN')")
	String test(StoreId storeId, @PathVariable String trigger, @PathVariable String channel,
			@PathVariable String language, TemplateForm form, @AuthenticationPrincipal StaffPrincipal staff,
			Model model) {
		TemplateRef ref = ref(trigger, channel, language);
		TemplateTrials.Sent sent = trials.sendTest(storeId, ref, form.sources(ref.channel()), form.orderNumber(),
				staff.email());
		model.addAttribute(sent.ok() ? "flash" : "error", sent.message());
		return page(storeId, ref, form, List.of(), model);
	}

	@PostMapping("/{trigger}/{channel}/{language}/reset")
	@PreAuthorize("hasRole('ADMIN')")
	String reset(StoreId storeId, @PathVariable String trigger, @PathVariable String channel,
			@PathVariable String language, RedirectAttributes redirect) {
		TemplateRef ref = ref(trigger, channel, language);
		templates.reset(storeId, ref.trigger(), ref.channel(), ref.language());
		redirect.addFlashAttribute("flash", "Template reset to the default.");
		return "redirect:" + ref.path();
	}

	private String page(StoreId storeId, TemplateRef ref, TemplateForm form, List<String> problems, Model model) {
		model.addAttribute("ref", ref);
		model.addAttribute("form", form);
		model.addAttribute("simple", form.simple(ref.channel()));
		model.addAttribute("blocks", TemplateDesign.Block.values());
		model.addAttribute("edited", templates.isEdited(storeId, ref.trigger(), ref.channel(), ref.language()));
		model.addAttribute("problems", problems);
		model.addAttribute("preview", trials.preview(storeId, ref, form.sources(ref.channel()), form.orderNumber()));
		return "notifications/template-editor";
	}

	private static TemplateRef ref(String trigger, String channel, String language) {
		return TemplateRef.parse(trigger, channel, language)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
