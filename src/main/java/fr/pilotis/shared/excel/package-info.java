/** Writing spreadsheets safely: cells that never become formulas, numbers with formats, CSV fields for Excel. */
package fr.pilotis.shared.excel;
