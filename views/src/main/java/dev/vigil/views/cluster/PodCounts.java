package dev.vigil.views.cluster;

import dev.vigil.connectors.kubernetes.PodHealth;
import dev.vigil.connectors.kubernetes.PodSummary;

/**
 * The summary strip's figures. Health counts are kept by deltas (one pod out, one pod in) so a
 * batch costs its own size, not the cluster's; {@code restarting} is set from the view model's
 * set of recently restarted pods.
 */
record PodCounts(int total, int running, int pending, int failing, int restarting) {

    static final PodCounts ZERO = new PodCounts(0, 0, 0, 0, 0);

    PodCounts minus(PodSummary p) {
        return plus(p, -1);
    }

    PodCounts plus(PodSummary p) {
        return plus(p, 1);
    }

    PodCounts withRestarting(int n) {
        return new PodCounts(total, running, pending, failing, n);
    }

    private PodCounts plus(PodSummary p, int d) {
        if (p == null) {
            return this;
        }
        PodHealth h = p.health();
        boolean isRunning = h == PodHealth.RUNNING || h == PodHealth.NOT_READY;
        return new PodCounts(total + d, running + (isRunning ? d : 0), pending + (h == PodHealth.PENDING ? d : 0),
                failing + (h == PodHealth.FAILING ? d : 0), restarting);
    }
}
