// The extract form: downloads the file with fetch so that a spinner shows while the server prepares
// it, and a clear message replaces it if the server refuses or fails (no file is saved then).
// Without JavaScript the form still downloads normally.
(function () {
    "use strict";

    function show(id, visible) {
        var element = document.getElementById(id);
        if (element) {
            element.hidden = !visible;
        }
    }

    function fileName(response, fallback) {
        var disposition = response.headers.get("Content-Disposition") || "";
        var match = /filename\*=UTF-8''([^;]+)/i.exec(disposition) || /filename="?([^";]+)"?/i.exec(disposition);
        return match ? decodeURIComponent(match[1]) : fallback;
    }

    function init() {
        var form = document.getElementById("extract-form");
        if (!form || !window.fetch) {
            return;
        }
        form.addEventListener("submit", function (event) {
            event.preventDefault();
            var action = (event.submitter && event.submitter.getAttribute("formaction")) || form.getAttribute("action");
            var url = action + "?year=" + encodeURIComponent(form.elements.year.value);
            var buttons = form.querySelectorAll("button");
            buttons.forEach(function (b) { b.disabled = true; });
            show("extract-done", false);
            show("extract-error", false);
            show("extract-problem", false);
            show("extract-progress", true);
            fetch(url, { credentials: "same-origin" })
                .then(function (response) {
                    if (!response.ok) {
                        throw response.status;
                    }
                    var name = fileName(response, "indicateurs");
                    return response.blob().then(function (blob) {
                        var link = document.createElement("a");
                        link.href = URL.createObjectURL(blob);
                        link.download = name;
                        document.body.appendChild(link);
                        link.click();
                        link.remove();
                        setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
                        show("extract-done", true);
                    });
                })
                .catch(function (status) {
                    var error = document.getElementById("extract-error");
                    error.textContent = status === 422 ? form.getAttribute("data-no-data") : form.getAttribute("data-failed");
                    show("extract-error", true);
                })
                .finally(function () {
                    show("extract-progress", false);
                    buttons.forEach(function (b) { b.disabled = false; });
                });
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();
