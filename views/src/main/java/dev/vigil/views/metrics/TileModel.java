package dev.vigil.views.metrics;

import dev.vigil.connectors.prometheus.MetricUnit;
import dev.vigil.connectors.prometheus.PromQueryException;
import dev.vigil.connectors.prometheus.Thresholds;
import dev.vigil.connectors.prometheus.TileReading;
import dev.vigil.connectors.prometheus.TileSpec;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Duration;
import java.time.Instant;

/**
 * One tile's state on the FX thread. The metrics view model writes it once per refresh; the tile view
 * only binds. The last good value stays when a refresh fails, so an outage shows as stale numbers with
 * a reason rather than an empty grid.
 */
public final class TileModel {

    private final ReadOnlyObjectWrapper<TileSpec> spec;
    private final ReadOnlyDoubleWrapper value = new ReadOnlyDoubleWrapper(Double.NaN);
    private final ReadOnlyStringWrapper valueText = new ReadOnlyStringWrapper("—");
    private final ReadOnlyStringWrapper unitText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Sparkline> sparkline = new ReadOnlyObjectWrapper<>(Sparkline.EMPTY);
    private final ReadOnlyObjectWrapper<Thresholds.Level> level = new ReadOnlyObjectWrapper<>(Thresholds.Level.NONE);
    private final ReadOnlyObjectWrapper<TileChange> change = new ReadOnlyObjectWrapper<>(TileChange.NONE);
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper queryError = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private Instant lastGood;

    TileModel(TileSpec spec) {
        this.spec = new ReadOnlyObjectWrapper<>(spec);
    }

    void respec(TileSpec next) {
        spec.set(next);
    }

    void apply(TileOutcome outcome, Instant at, ComparePeriod period) {
        TileReading r = outcome.reading();
        applyReading(r.value(), new Sparkline(r.times(), r.values()), outcome.previous(), r.seriesCount(), at, period);
    }

    void applyReading(double now, Sparkline history, double previous, int seriesCount, Instant at, ComparePeriod period) {
        TileSpec s = spec.get();
        MetricUnit.Reading reading = s.unit().format(now);
        value.set(now);
        valueText.set(reading.number());
        unitText.set(Double.isNaN(now) ? "" : reading.unit());
        sparkline.set(history);
        level.set(s.thresholds().level(now));
        TileChange moved = TileChange.between(now, previous, s.thresholds(), period);
        if (!moved.equals(change.get())) { // a fresh but equal record would still wake every listener
            change.set(moved);
        }
        error.set(null);
        queryError.set(false);
        note.set(seriesCount > 1 ? "first of " + seriesCount + " series" : seriesCount == 0 ? "no data" : "");
        lastGood = at;
        stale.set(false);
    }

    void applyFailure(PromQueryException failure) {
        queryError.set(failure.queryAtFault()); // first: the view reads it when the error changes
        error.set(failure.getMessage());
        if (failure.queryAtFault()) {
            // A wrong query has no value to keep: showing the old number beside the error would mislead.
            value.set(Double.NaN);
            valueText.set("—");
            unitText.set("");
            sparkline.set(Sparkline.EMPTY);
            level.set(Thresholds.Level.NONE);
            change.set(TileChange.NONE);
        }
    }

    /** Marks the tile stale when its last good answer is older than {@code limit} (two refresh intervals). */
    void checkStale(Instant now, Duration limit) {
        boolean old = lastGood == null ? error.get() != null : lastGood.plus(limit).isBefore(now);
        stale.set(old);
    }

    Instant lastGood() {
        return lastGood;
    }

    public TileSpec spec() {
        return spec.get();
    }

    public ReadOnlyObjectProperty<TileSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty valueProperty() {
        return value.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty valueTextProperty() {
        return valueText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unitTextProperty() {
        return unitText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Sparkline> sparklineProperty() {
        return sparkline.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Thresholds.Level> levelProperty() {
        return level.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TileChange> changeProperty() {
        return change.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** The last failure's message (the server's words for a bad query), null after a good answer. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True when the error is the query's fault (bad_data, execution), false for outages. */
    public ReadOnlyBooleanProperty queryErrorProperty() {
        return queryError.getReadOnlyProperty();
    }

    /** A small remark under the value: "no data", "first of 3 series". */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }
}
