package fr.pilotis;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Fails on a dependency cycle between features or on a reach into another feature's internals. */
class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(PilotisApplication.class);

    @Test
    void featuresDependOnEachOtherOneWayOnly() {
        modules.verify();
    }

    @Test
    void writesTheModuleDiagram() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
