// Draws each indicator's peer comparison (quartiles box and the structure's value) from the
// data-peer-charts attribute; the same figures are in the table beside (no inline script: CSP).
(function () {
    "use strict";

    function draw() {
        if (typeof echarts === "undefined") {
            return;
        }
        var holder = document.querySelector("[data-peer-charts]");
        if (!holder) {
            return;
        }
        var charts = JSON.parse(holder.getAttribute("data-peer-charts"));
        charts.forEach(function (c) {
            var element = document.getElementById("peer-chart-" + c.code);
            if (!element) {
                return;
            }
            var chart = echarts.init(element);
            var series = [{ type: "boxplot", data: [c.box], itemStyle: { color: "#dbe7f3", borderColor: "#1f4e79" } }];
            if (c.value !== null) {
                series.push({ type: "scatter", data: [[c.value, 0]], symbolSize: 14, itemStyle: { color: "#c05a00" } });
            }
            chart.setOption({
                grid: { left: 10, right: 20, top: 10, bottom: 30, containLabel: true },
                tooltip: { trigger: "item" },
                xAxis: { type: "value", scale: true, axisLabel: { formatter: "{value} " + c.unit } },
                yAxis: { type: "category", data: [""], axisTick: { show: false } },
                series: series.map(function (s) {
                    if (s.type === "boxplot") {
                        s.layout = "horizontal";
                    }
                    return s;
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
