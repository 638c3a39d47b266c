package dev.vigil.incidents.metrics;

import dev.vigil.environments.ResponseTarget;

/** Judges one incident against its response targets at the end of a window (spec: "SLA compliance"). */
final class SlaJudge {

    private SlaJudge() {
    }

    static SlaOutcome judge(IncidentReading r, ResponseTarget target, long to) {
        long ackTarget = target.acknowledge().toMillis();
        long resolveTarget = target.resolve().toMillis();
        boolean ackStopped = r.acknowledged() >= 0;
        boolean resolveStopped = !r.open();
        // Exactly on the target is kept: only strictly more than the target is a breach.
        boolean ackLate = ackStopped ? r.acknowledged() - r.detected() > ackTarget : to - r.detected() > ackTarget;
        boolean resolveLate = resolveStopped ? r.lastResolved() - r.detected() > resolveTarget
                : to - r.detected() > resolveTarget;
        if (ackLate || resolveLate) {
            return SlaOutcome.BREACHED;
        }
        return ackStopped && resolveStopped ? SlaOutcome.MET : SlaOutcome.PENDING;
    }
}
