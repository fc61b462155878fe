// Draws the results charts from their data-chart-data attribute (no inline script: the CSP forbids it).
// The same figures are always in a table beside the chart.
(function () {
    "use strict";

    var COLOURS = ["#1f4e79", "#c05a00", "#2e7d32"];

    function values(list) {
        return list.map(function (v) {
            return v === null ? "-" : v;
        });
    }

    function radar(data) {
        return {
            color: COLOURS,
            legend: { bottom: 0 },
            tooltip: { trigger: "item" },
            radar: { indicator: data.indicators, radius: "62%", axisName: { color: "#1f2933" } },
            series: [{
                type: "radar",
                data: data.series.map(function (s) {
                    return { name: s.name, value: values(s.values) };
                })
            }]
        };
    }

    function line(data) {
        return {
            color: COLOURS,
            legend: { bottom: 0 },
            tooltip: { trigger: "axis" },
            xAxis: { type: "category", data: data.years },
            yAxis: { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value} %" } },
            series: data.series.map(function (s) {
                return { name: s.name, type: "line", connectNulls: true, symbolSize: 8, data: values(s.values) };
            })
        };
    }

    function draw() {
        if (typeof echarts === "undefined") {
            return;
        }
        document.querySelectorAll("[data-chart][data-chart-data]").forEach(function (element) {
            var data = JSON.parse(element.getAttribute("data-chart-data"));
            var kind = element.getAttribute("data-chart");
            var chart = echarts.init(element);
            chart.setOption(kind === "radar" ? radar(data) : line(data));
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
