package dev.vigil.incidents.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects one service's outage incidents and turns them into downtime (union of intervals, clipped),
 * availability, failures, MTBF and error budget.
 */
final class OutageFigures {

    private final List<long[]> intervals = new ArrayList<>();
    private int failures;

    void add(IncidentReading r, ReportWindow w) {
        intervals.addAll(r.downtimeIntervals(w.toMillis()));
        if (r.impactStart() >= w.fromMillis() && r.impactStart() < w.toMillis()) {
            failures++;
        }
    }

    ServiceFigures figures(ReportWindow w, double target) {
        long window = w.lengthMillis();
        long downtime = IntervalUnion.clippedLength(intervals, w.fromMillis(), w.toMillis());
        double availability = 1 - (double) downtime / window;
        Double mtbf = failures == 0 ? null : (window - downtime) / 1000.0 / failures;
        double budget = 1 - downtime / ((1 - target) * window);
        return new ServiceFigures(availability, downtime / 1000.0, failures, mtbf, target, availability >= target, budget);
    }
}
