package dev.vigil.views.common;

/**
 * Where sections write operator actions for the active incident's timeline (an {@code action}
 * event). The store backs it; while no incident is active nothing is written and the caller is told.
 */
@FunctionalInterface
public interface IncidentJournal {

    /**
     * Records one action line, e.g. "Deleted pod payments/payments-7f9c-x2 (production): done".
     * May be called from any thread. Returns false when there was no active incident to write to.
     */
    boolean recordAction(String text);
}
