/**
 * The browser side of report.html, inlined: draws each chart of the embedded data with uPlot (also inlined), so the
 * report opens from disk with no network.
 */
export const reportScript = `
const data = JSON.parse(document.getElementById('run-data').textContent);
const palette = ['#2563eb', '#dc2626', '#16a34a', '#9333ea', '#ea580c'];
for (const chart of data.charts) {
  const element = document.getElementById('chart-' + chart.id);
  const options = {
    title: chart.title,
    width: Math.max(600, element.clientWidth),
    height: 240,
    scales: { x: { time: false } },
    axes: [{ label: chart.xLabel || 'seconds since start' }, { label: chart.unit }],
    series: [{ label: chart.xLabel || 's' }].concat(chart.series.map((series, index) => ({
      label: series.label,
      stroke: palette[index % palette.length],
      width: series.pointsOnly ? 0 : 1.5,
      points: series.pointsOnly ? { show: true, size: 12, fill: palette[index % palette.length] } : {},
      spanGaps: Boolean(chart.spanGaps),
    }))),
  };
  new uPlot(options, [chart.x].concat(chart.series.map((series) => series.values)), element);
}
`;
