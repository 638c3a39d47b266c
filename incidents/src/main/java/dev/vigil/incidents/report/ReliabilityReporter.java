package dev.vigil.incidents.report;

import dev.vigil.incidents.metrics.ReliabilityReport;
import dev.vigil.incidents.metrics.ReportCalculator;
import dev.vigil.incidents.metrics.ReportFilter;
import dev.vigil.incidents.metrics.ReportWindow;
import dev.vigil.incidents.store.IncidentStore;

/**
 * Reports straight from a store: loads only the window's candidates, then computes the figures in Java.
 * Drill incidents count only when the filter includes them, for the services list too.
 */
public final class ReliabilityReporter {

    private final IncidentStore store;
    private final ReportCalculator calculator;

    public ReliabilityReporter(IncidentStore store, ReportCalculator calculator) {
        this.store = store;
        this.calculator = calculator;
    }

    public ReliabilityReport report(ReportWindow window, ReportFilter filter) {
        return calculator.compute(window, filter,
                store.reportCandidates(window.from(), window.to(), calculator.outageSeverities(), filter.includeDrills()),
                store.services(filter.includeDrills()));
    }
}
