// The attendance sheet's print button (CSP: no inline script).
document.addEventListener('click', (event) => {
    if (event.target.closest('[data-print-page]')) {
        window.print();
    }
});
