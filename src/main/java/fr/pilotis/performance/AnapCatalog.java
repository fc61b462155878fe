package fr.pilotis.performance;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The network's ANAP definitions: indicators and raw inputs, the default set installed if none. */
@Service
public class AnapCatalog {

    private final AnapIndicatorRepository indicators;
    private final AnapInputRepository inputs;
    private final AnapDefaults defaults;

    AnapCatalog(AnapIndicatorRepository indicators, AnapInputRepository inputs, AnapDefaults defaults) {
        this.indicators = indicators;
        this.inputs = inputs;
        this.defaults = defaults;
    }

    @Transactional(readOnly = true)
    public List<AnapIndicatorDefinition> indicators() {
        ensureInstalled();
        return indicators.findAllByOrderByPositionAsc().stream()
                .map(AnapIndicator::definition)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<AnapInputDefinition> inputs() {
        ensureInstalled();
        return inputs.findAllByOrderByPositionAsc().stream()
                .map(AnapInput::definition)
                .toList();
    }

    private void ensureInstalled() {
        if (indicators.count() == 0) {
            defaults.installIfNone();
        }
    }
}
