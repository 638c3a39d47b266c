package dev.vigil.connectors.alerting;

import java.util.Set;

/**
 * An environment's alerts, kept live by the source itself (polling, bounded and backing off) and
 * pushed to one listener, and the actions an operator takes on them. Every method but
 * {@link #start} and {@link #close} may block on the network: call them off the FX thread.
 */
public interface AlertSource extends AutoCloseable {

    /** Which provider and where, for messages and the status bar ("Alertmanager at http://…"). */
    String name();

    /** The actions this provider supports; the others answer {@link ActionOutcome.Kind#UNSUPPORTED}. */
    Set<AlertAction> actions();

    /** Starts the live feed; the first poll happens at once. */
    void start(AlertListener listener);

    /** Polls again now (after an action, or when the operator asks), without waiting for the period. */
    void refresh();

    /** The alert with its notes and activity log. */
    AlertDetails details(String alertId) throws AlertException;

    /** Performs an action; never throws for the server's refusals: they come back as the outcome. */
    ActionOutcome perform(AlertCommand command);

    /** Stops polling. */
    @Override
    void close();
}
