package dev.vigil.incidents.metrics;

import dev.vigil.environments.ReliabilitySettings;

import java.util.List;

/** The duration statistics and SLA counts over a set of a report's incidents. */
record ResponseFigures(DurationStats mttd, DurationStats mtta, DurationStats mttc, DurationStats mttr, SlaCounts sla) {

    static ResponseFigures of(List<IncidentReading> incidents, ReliabilitySettings settings, long to) {
        int size = incidents.size();
        double[] ttd = new double[size], tta = new double[size], ttc = new double[size], ttr = new double[size];
        int nd = 0, na = 0, nc = 0, nr = 0, met = 0, breached = 0, pending = 0;
        for (IncidentReading r : incidents) {
            ttd[nd++] = seconds(r.detected() - r.impactStart());
            if (r.acknowledged() >= 0) {
                tta[na++] = seconds(r.acknowledged() - r.detected());
            }
            if (r.contained() >= 0) {
                ttc[nc++] = seconds(r.contained() - r.detected());
            }
            if (!r.open()) {
                ttr[nr++] = seconds(r.lastResolved() - r.impactStart());
            }
            switch (SlaJudge.judge(r, settings.target(r.severity()), to)) {
                case MET -> met++;
                case BREACHED -> breached++;
                case PENDING -> pending++;
            }
        }
        return new ResponseFigures(DurationStats.of(ttd, nd), DurationStats.of(tta, na), DurationStats.of(ttc, nc),
                DurationStats.of(ttr, nr), new SlaCounts(met, breached, pending));
    }

    private static double seconds(long millis) {
        return millis / 1000.0;
    }
}
