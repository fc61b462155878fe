// The diagnostic page: nothing typed is lost. Each criterion form keeps a draft in localStorage as
// it is typed, removed once the server has saved those very values; a draft left behind by a
// navigation, a reload or a lost connection is put back when the page opens again, and saved.
(function () {
    "use strict";

    var page = document.getElementById("diagnostic");
    if (!page) {
        return;
    }
    var messages = {
        offline: page.dataset.msgOffline,
        restored: page.dataset.msgRestored,
        saving: page.dataset.msgSaving,
        unsaved: page.dataset.msgUnsaved,
        tooLarge: page.dataset.msgTooLarge
    };
    var maxBytes = Number(page.dataset.maxBytes || 0);
    var sent = {}; // draft key -> the values of the save under way
    var failed = {}; // draft key -> tries that did not reach the server
    var retryTimer = null;
    var MAX_TRIES = 30;

    function store() {
        try {
            return window.localStorage;
        } catch (e) {
            return null;
        }
    }

    function isDraftForm(element) {
        return element && element.matches && element.matches("form[data-draft-key]");
    }

    function draftForms(node) {
        if (!node || !node.querySelectorAll) {
            return [];
        }
        var forms = Array.prototype.slice.call(node.querySelectorAll("form[data-draft-key]"));
        if (isDraftForm(node)) {
            forms.push(node);
        }
        return forms;
    }

    function formOf(key) {
        return document.querySelector('form[data-draft-key="' + CSS.escape(key) + '"]');
    }

    // What the person typed: the checked radio and the text fields, never the version or the token.
    function valuesOf(form) {
        var values = {};
        Array.prototype.forEach.call(form.elements, function (field) {
            if (!field.name || field.name === "version" || field.name === "_csrf"
                || field.type === "submit" || field.type === "hidden" || field.type === "file") {
                return;
            }
            if (field.type === "radio") {
                if (field.checked) {
                    values[field.name] = field.value;
                } else if (!(field.name in values)) {
                    values[field.name] = "";
                }
            } else {
                values[field.name] = field.value;
            }
        });
        return values;
    }

    function same(a, b) {
        return JSON.stringify(a) === JSON.stringify(b);
    }

    function versionOf(form) {
        var version = form.elements.namedItem("version");
        return version ? version.value : "";
    }

    function setVersion(form, value) {
        var version = form.elements.namedItem("version");
        if (version) {
            version.value = value;
        }
    }

    function readDraft(key) {
        var s = store();
        if (!s) {
            return null;
        }
        try {
            var draft = JSON.parse(s.getItem(key));
            return draft && draft.values ? draft : null;
        } catch (e) {
            return null;
        }
    }

    // The version kept is the one the typing was done on: the server refuses a save on top of a
    // value someone else changed since, and shows it.
    function writeDraft(form) {
        var s = store();
        if (!s) {
            return;
        }
        try {
            s.setItem(form.dataset.draftKey, JSON.stringify({
                values: valuesOf(form),
                version: versionOf(form),
                at: Date.now()
            }));
        } catch (e) {
            // storage full or refused: the autosave still runs, only the safety net is missing
        }
    }

    function removeDraft(key) {
        var s = store();
        if (s) {
            s.removeItem(key);
        }
    }

    function applyValues(form, values) {
        var active = document.activeElement;
        var start = null;
        var end = null;
        if (active && active.form === form && typeof active.selectionStart === "number") {
            start = active.selectionStart;
            end = active.selectionEnd;
        }
        Object.keys(values).forEach(function (name) {
            var field = form.elements.namedItem(name);
            if (!field) {
                return;
            }
            if (typeof RadioNodeList !== "undefined" && field instanceof RadioNodeList) {
                Array.prototype.forEach.call(field, function (radio) {
                    radio.checked = radio.value === values[name];
                });
            } else if (field.type === "radio") {
                field.checked = field.value === values[name];
            } else if (field.value !== values[name]) {
                field.value = values[name];
            }
        });
        if (start !== null && document.activeElement === active) {
            try {
                active.setSelectionRange(start, end);
            } catch (e) {
                // not a text field
            }
        }
    }

    function showStatus(form, text, css) {
        var status = form.querySelector("[data-save-status]");
        if (!status || !text) {
            return;
        }
        status.textContent = text;
        status.classList.remove("text-success", "text-danger", "text-body-secondary", "draft-restored");
        if (css) {
            status.classList.add(css);
        }
    }

    function stateOf(form) {
        var block = form.closest("[data-save-state]");
        return block ? block.getAttribute("data-save-state") : "";
    }

    function save(form) {
        if (window.htmx) {
            window.htmx.trigger(form, "change");
        }
    }

    // A form just drawn, on opening the page (initial) or after a save answered: put back what was
    // typed and not saved yet, and save it.
    function reconcile(form, initial) {
        var key = form.dataset.draftKey;
        var draft = readDraft(key);
        if (!draft) {
            return;
        }
        var state = stateOf(form);
        if (same(draft.values, valuesOf(form))) {
            if (initial || state === "saved") {
                removeDraft(key);
            }
            return;
        }
        if (initial) {
            var serverTime = Number(form.dataset.savedAt || 0);
            var onCurrentValue = draft.version === versionOf(form);
            if (!onCurrentValue && draft.at <= serverTime) {
                // the server's value is newer than this draft
                removeDraft(key);
                return;
            }
            applyValues(form, draft.values);
            setVersion(form, draft.version);
            showStatus(form, messages.restored, "draft-restored");
            save(form);
            return;
        }
        // typed while the save was under way
        applyValues(form, draft.values);
        if (state === "conflict") {
            // the person decides: the form now holds the other value's version, saving overwrites it knowingly
            writeDraft(form);
            return;
        }
        writeDraft(form);
        save(form);
    }

    function onEdit(event) {
        var form = event.target && event.target.form;
        if (isDraftForm(form)) {
            writeDraft(form);
            if (event.type === "input" && event.target.tagName === "TEXTAREA") {
                showStatus(form, messages.unsaved, "text-body-secondary");
            }
        }
    }

    function retryFailed() {
        retryTimer = null;
        Object.keys(failed).forEach(function (key) {
            var form = formOf(key);
            if (!form) {
                delete failed[key];
                return;
            }
            save(form);
        });
    }

    function scheduleRetry() {
        if (!retryTimer) {
            retryTimer = window.setTimeout(function () {
                if (navigator.onLine !== false) {
                    retryFailed();
                } else {
                    retryTimer = null;
                }
            }, 10000);
        }
    }

    function onFailure(event) {
        var form = event.detail && event.detail.elt;
        if (!isDraftForm(form)) {
            return;
        }
        var key = form.dataset.draftKey;
        delete sent[key];
        var xhr = event.detail.xhr;
        // a refused request (gone out of scope, signed out) is not retried; the draft stays
        var retryable = event.type === "htmx:sendError" || (xhr && xhr.status >= 500);
        showStatus(form, messages.offline, "text-danger");
        if (retryable) {
            failed[key] = (failed[key] || 0) + 1;
            if (failed[key] <= MAX_TRIES) {
                scheduleRetry();
            }
        }
    }

    document.addEventListener("input", onEdit);
    document.addEventListener("change", onEdit);

    document.addEventListener("htmx:beforeRequest", function (event) {
        var form = event.detail && event.detail.elt;
        if (isDraftForm(form)) {
            sent[form.dataset.draftKey] = valuesOf(form);
            showStatus(form, messages.saving, "text-body-secondary");
        }
    });

    // Before the answer replaces the block: once the server saved what is in the draft, drop it.
    document.addEventListener("htmx:beforeSwap", function (event) {
        var form = event.detail && event.detail.elt;
        if (!isDraftForm(form)) {
            return;
        }
        var key = form.dataset.draftKey;
        var xhr = event.detail.xhr;
        var saved = xhr && xhr.status >= 200 && xhr.status < 300
            && xhr.responseText.indexOf('data-save-state="saved"') >= 0;
        if (saved) {
            delete failed[key];
            var draft = readDraft(key);
            if (draft && sent[key] && same(draft.values, sent[key])) {
                removeDraft(key);
            }
        }
        delete sent[key];
    });

    document.addEventListener("htmx:sendError", onFailure);
    document.addEventListener("htmx:responseError", onFailure);
    window.addEventListener("online", retryFailed);

    function onLoad(content) {
        var initial = content === document.body || content === document.documentElement;
        draftForms(content).forEach(function (form) {
            reconcile(form, initial);
        });
    }

    if (window.htmx) {
        window.htmx.onLoad(onLoad);
    } else {
        document.addEventListener("DOMContentLoaded", function () {
            onLoad(document.body);
        });
    }

    // An evidence file over the limit is refused before it is sent, with the server's own message.
    document.addEventListener("submit", function (event) {
        var form = event.target;
        if (!form.classList || !form.classList.contains("evidence-upload") || !maxBytes) {
            return;
        }
        var input = form.querySelector('input[type="file"]');
        var file = input && input.files && input.files[0];
        if (!file || file.size <= maxBytes) {
            return;
        }
        event.preventDefault();
        var error = form.querySelector(".upload-error");
        if (!error) {
            error = document.createElement("div");
            error.className = "upload-error invalid-feedback d-block";
            error.id = input.id + "-error";
            error.setAttribute("role", "alert");
            form.appendChild(error);
        }
        error.textContent = messages.tooLarge;
        input.setAttribute("aria-invalid", "true");
        input.setAttribute("aria-describedby", (input.getAttribute("aria-describedby") || "") + " " + error.id);
    });
})();
