package dev.vigil.connectors.alerting;

import java.util.List;

/**
 * Receives the live feed, on the source's threads (never the FX thread): the whole current list
 * after every successful poll, and the feed's state after every poll. Keep handlers short.
 */
public interface AlertListener {

    void onAlerts(List<Alert> alerts);

    void onState(AlertFeedState state);
}
