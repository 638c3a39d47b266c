package dev.vigil.views.metrics;

import dev.vigil.connectors.prometheus.PromQueryException;
import dev.vigil.connectors.prometheus.TileSpec;
import dev.vigil.connectors.prometheus.TileReading;

/**
 * What one refresh learnt about one tile: its reading or the failure, and its value one comparison
 * period ago (NaN when unknown). Built off the FX thread, applied on it.
 */
record TileOutcome(TileSpec spec, TileReading reading, double previous, PromQueryException failure) {

    static TileOutcome read(TileSpec spec, TileReading reading, double previous) {
        return new TileOutcome(spec, reading, previous, null);
    }

    static TileOutcome failed(TileSpec spec, PromQueryException failure) {
        return new TileOutcome(spec, null, Double.NaN, failure);
    }
}
