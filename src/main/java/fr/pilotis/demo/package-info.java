/**
 * The demo network loaded on the first start of the local run (and of the {@code demo} profile):
 * the seed's engagement — 9 UT, 7 working groups, 51 structures — and a second, small network
 * that proves isolation. Every demo account's password is {@code demo}.
 */
@ApplicationModule(displayName = "Demo")
package fr.pilotis.demo;

import org.springframework.modulith.ApplicationModule;
