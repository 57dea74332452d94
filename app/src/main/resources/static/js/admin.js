// Admin behaviour that must live in a file: the Content-Security-Policy forbids inline scripts.
document.addEventListener('DOMContentLoaded', () => {
	const header = document.querySelector('meta[name="csrf-header"]');
	const token = document.querySelector('meta[name="csrf-token"]');
	if (header && token) {
		document.body.addEventListener('htmx:configRequest', (event) => {
			event.detail.headers[header.content] = token.content;
		});
	}
	document.querySelectorAll('select[data-autosubmit]').forEach((select) => {
		select.addEventListener('change', () => select.form.submit());
	});
	document.querySelectorAll('[data-copy]').forEach((button) => {
		button.addEventListener('click', () => {
			const target = document.getElementById(button.dataset.copy);
			navigator.clipboard.writeText(target.textContent.trim()).then(() => { button.textContent = 'Copied'; });
		});
	});
	document.querySelectorAll('form[data-confirm]').forEach((form) => {
		form.addEventListener('submit', (event) => {
			if (!window.confirm(form.dataset.confirm)) {
				event.preventDefault();
			}
		});
	});
});
