// Draws the home page's charts with the locally served Chart.js. The Content-Security-Policy
// forbids inline scripts, so each canvas carries its data in data-chart; the table under
// the charts shows the same figures without JavaScript.
document.addEventListener('DOMContentLoaded', () => {
	if (typeof window.Chart === 'undefined') {
		return;
	}
	const palette = ['#1f4fd1', '#12b76a', '#d92d20', '#98a2b3'];
	document.querySelectorAll('canvas[data-chart]').forEach((canvas) => {
		const data = JSON.parse(canvas.dataset.chart);
		const stacked = canvas.dataset.chartType === 'stacked';
		data.datasets.forEach((series, index) => {
			const colour = stacked ? palette[(index + 1) % palette.length] : palette[0];
			series.backgroundColor = colour;
			series.borderColor = colour;
		});
		canvas.chart = new window.Chart(canvas, {
			type: 'bar',
			data: data,
			options: {
				responsive: true,
				maintainAspectRatio: false,
				animation: false,
				scales: { x: { stacked: stacked }, y: { stacked: stacked, beginAtZero: true, ticks: { precision: 0 } } },
				plugins: { legend: { display: stacked, position: 'bottom' } }
			}
		});
		canvas.dataset.drawn = 'true';
	});
});
