// Draws the notifications page's volume chart with the locally served Chart.js. The
// Content-Security-Policy forbids inline scripts, so the data comes in the canvas's
// data-chart attribute; the table under the chart shows the same figures without it.
document.addEventListener('DOMContentLoaded', () => {
	const canvas = document.getElementById('message-volume');
	if (!canvas || typeof window.Chart === 'undefined') {
		return;
	}
	const data = JSON.parse(canvas.dataset.chart || '{"labels":[],"datasets":[]}');
	const palette = ['#1f4fd1', '#12b76a', '#f79009', '#d92d20', '#7a5af8', '#0ba5ec', '#ee46bc', '#667085',
		'#4e5ba6', '#099250', '#b54708', '#912018'];
	data.datasets.forEach((series, index) => {
		series.backgroundColor = palette[index % palette.length];
		series.borderColor = palette[index % palette.length];
	});
	canvas.chart = new window.Chart(canvas, {
		type: 'bar',
		data: data,
		options: {
			responsive: true,
			maintainAspectRatio: false,
			animation: false,
			scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
			plugins: { legend: { position: 'bottom' } }
		}
	});
	canvas.dataset.drawn = 'true';
});
