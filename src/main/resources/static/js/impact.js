// The survey's totals are typed only in "totals" mode: enable or disable them as the mode changes
// (without JavaScript the page still works: the mode is saved first, then the totals).
(function () {
    "use strict";

    function wire() {
        var mode = document.getElementById("surveyMode");
        var totals = document.getElementById("survey-totals");
        if (!mode || !totals) {
            return;
        }
        mode.addEventListener("change", function () {
            totals.disabled = mode.value === "QUESTIONNAIRES";
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", wire);
    } else {
        wire();
    }
})();
