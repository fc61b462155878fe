/**
 * Deliverables and the toolbox: what each structure owes (the référentiel's key deliverables and
 * those a pilot or an expert adds), the versions the referent files, the expert's review thread
 * and validation; the model documents attached to criteria; the directory of the programme's
 * people. One module because the three share the criteria's guide and the document files, and
 * the style guide's map puts them together.
 */
@ApplicationModule(displayName = "Deliverables and toolbox")
package fr.pilotis.deliverable;

import org.springframework.modulith.ApplicationModule;
