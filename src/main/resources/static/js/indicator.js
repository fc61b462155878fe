// Draws the indicator dashboards' charts from their data-chart-data attribute (the CSP forbids
// inline scripts). The same figures are always in the table below each chart.
(function () {
    "use strict";

    var COLOURS = ["#1f4e79", "#c05a00", "#2e7d32", "#6a1b9a", "#00838f", "#ad1457", "#5d4037", "#455a64"];

    function draw() {
        if (typeof echarts === "undefined") {
            return;
        }
        document.querySelectorAll(".indicator-chart[data-chart-data]").forEach(function (element) {
            var data = JSON.parse(element.getAttribute("data-chart-data"));
            var chart = echarts.init(element);
            chart.setOption({
                color: COLOURS,
                legend: { bottom: 0, type: "scroll" },
                tooltip: { trigger: "axis" },
                grid: { bottom: 70 },
                xAxis: { type: "category", data: data.years },
                yAxis: { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value} %" } },
                series: data.series.map(function (s) {
                    return { name: s.name, type: "line", connectNulls: true, symbolSize: 8, data: s.values };
                })
            });
            window.addEventListener("resize", function () {
                chart.resize();
            });
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", draw);
    } else {
        draw();
    }
})();
