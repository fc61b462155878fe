package fr.pilotis.performance;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Installs the default indicator set in the current network when it has none: on first use (a
 * network created later gets it too), in its own transaction so that a read can trigger it.
 */
@Component
class AnapDefaults {

    private final AnapIndicatorRepository indicators;
    private final AnapInputRepository inputs;

    AnapDefaults(AnapIndicatorRepository indicators, AnapInputRepository inputs) {
        this.indicators = indicators;
        this.inputs = inputs;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void installIfNone() {
        if (indicators.count() > 0) {
            return;
        }
        List<AnapInputDefinition> defaultInputs = DefaultAnapSet.inputs();
        for (int i = 0; i < defaultInputs.size(); i++) {
            inputs.save(new AnapInput(defaultInputs.get(i), i));
        }
        List<AnapIndicatorDefinition> defaultIndicators = DefaultAnapSet.indicators();
        for (int i = 0; i < defaultIndicators.size(); i++) {
            indicators.save(new AnapIndicator(defaultIndicators.get(i), i));
        }
    }
}
