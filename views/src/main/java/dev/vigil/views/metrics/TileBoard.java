package dev.vigil.views.metrics;

import dev.vigil.connectors.prometheus.PromQueryException;
import dev.vigil.connectors.prometheus.TileSpec;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The grid's tile models on the FX thread and what the current round has learnt so far: which tiles
 * it shows, each answer as it lands, how many failed and whether Prometheus itself is out. Tile models
 * are updated in place; the list is replaced only when its membership changes, so a refresh rebuilds
 * no view.
 */
final class TileBoard {

    private final ObservableList<TileModel> tiles = FXCollections.observableArrayList();
    private final Map<String, TileModel> byId = new HashMap<>();
    private int failures;
    private PromQueryException outage;

    ObservableList<TileModel> tiles() {
        return tiles;
    }

    /**
     * A round begins: its tiles, by service in the order of {@code services}; a service whose tile list
     * failed keeps its tiles, with the failure.
     */
    void show(List<String> services, RefreshRound.Tiles round) {
        failures = 0;
        outage = null;
        List<TileModel> next = new ArrayList<>();
        for (String service : services) {
            PromQueryException failed = round.serviceFailures().get(service);
            if (failed != null) {
                outage = failed;
                for (TileModel t : tiles) {
                    if (t.spec().service().equals(service)) {
                        t.applyFailure(failed);
                        next.add(t);
                        failures++;
                    }
                }
                continue;
            }
            for (TileSpec spec : round.shown().getOrDefault(service, List.of())) {
                TileModel model = byId.get(spec.id());
                if (model == null) {
                    model = new TileModel(spec);
                } else if (model.spec() != spec && !model.spec().equals(spec)) {
                    model.respec(spec);
                }
                next.add(model);
            }
        }
        if (!same(next)) {
            tiles.setAll(next);
            byId.clear();
            for (TileModel t : next) {
                byId.put(t.spec().id(), t);
            }
        }
    }

    /** One tile's answer; ignored when the tile is no longer shown. */
    void answer(TileOutcome outcome, ComparePeriod period) {
        TileModel model = byId.get(outcome.spec().id());
        if (model == null) {
            return;
        }
        if (outcome.failure() == null) {
            model.apply(outcome, outcome.reading().evaluatedAt(), period);
            return;
        }
        model.applyFailure(outcome.failure());
        failures++;
        if (!outcome.failure().queryAtFault()) {
            outage = outcome.failure();
        }
    }

    void checkStale(Instant now, Duration limit) {
        for (TileModel t : tiles) {
            t.checkStale(now, limit);
        }
    }

    void clear() {
        tiles.clear();
        byId.clear();
    }

    /** Tiles whose answer failed this round (service failures included). */
    int failures() {
        return failures;
    }

    /** The last failure of this round that was not the query's fault (unreachable, timeout...), or null. */
    PromQueryException outage() {
        return outage;
    }

    private boolean same(List<TileModel> next) {
        if (next.size() != tiles.size()) {
            return false;
        }
        for (int i = 0; i < next.size(); i++) {
            if (next.get(i) != tiles.get(i)) {
                return false;
            }
        }
        return true;
    }
}
