// Admin behaviour that must live in a file: the Content-Security-Policy forbids inline scripts.
document.addEventListener('DOMContentLoaded', () => {
	const header = document.querySelector('meta[name="csrf-header"]');
	const token = document.querySelector('meta[name="csrf-token"]');
	if (header && token) {
		document.body.addEventListener('htmx:configRequest', (event) => {
			event.detail.headers[header.content] = token.content;
		});
	}
	const toggle = document.querySelector('.nav-toggle');
	const sections = document.getElementById('nav-sections');
	if (toggle && sections) {
		document.body.classList.add('nav-collapsible');
		toggle.addEventListener('click', () => {
			const open = sections.classList.toggle('open');
			toggle.setAttribute('aria-expanded', String(open));
		});
	}
	document.querySelectorAll('select[data-autosubmit]').forEach((select) => {
		select.addEventListener('change', () => select.form.submit());
	});
	document.querySelectorAll('[data-copy]').forEach((button) => {
		button.addEventListener('click', () => {
			const target = document.getElementById(button.dataset.copy);
			const copied = navigator.clipboard && window.isSecureContext
				? navigator.clipboard.writeText(target.textContent.trim()) : Promise.reject(new Error('no clipboard'));
			copied.then(() => { button.textContent = 'Copied'; }).catch(() => {
				// Plain-HTTP installs have no clipboard API: select the text so Ctrl+C works.
				const range = document.createRange();
				range.selectNodeContents(target);
				window.getSelection().removeAllRanges();
				window.getSelection().addRange(range);
				button.textContent = 'Press Ctrl+C';
			});
		});
	});
	document.querySelectorAll('input[type=text][data-preview], input[type=url][data-preview]').forEach((input) => {
		const box = document.getElementById(input.dataset.preview);
		const image = box && box.querySelector('img');
		input.addEventListener('input', () => {
			const url = input.value.trim();
			const usable = /^https:\/\/\S+$/i.test(url) || /^\/images\/[0-9a-f-]{36}\.(png|jpg)$/.test(url);
			box.hidden = !usable;
			if (usable) {
				image.src = url;
			}
		});
	});
	// A chosen file shows at once, before it is uploaded.
	document.querySelectorAll('input[type=file][data-preview]').forEach((input) => {
		const box = document.getElementById(input.dataset.preview);
		const image = box && box.querySelector('img');
		input.addEventListener('change', () => {
			const file = input.files && input.files[0];
			box.hidden = !file;
			if (file) {
				image.src = URL.createObjectURL(file);
			}
		});
	});
	document.querySelectorAll('.color-field input[type=color]').forEach((input) => {
		const label = input.parentElement.querySelector('code');
		input.addEventListener('input', () => { label.textContent = input.value; });
	});
	document.querySelectorAll('form[data-confirm]').forEach((form) => {
		form.addEventListener('submit', (event) => {
			if (!window.confirm(form.dataset.confirm)) {
				event.preventDefault();
			}
		});
	});
});
