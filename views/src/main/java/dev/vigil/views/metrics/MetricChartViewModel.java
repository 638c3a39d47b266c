package dev.vigil.views.metrics;

import dev.vigil.connectors.prometheus.MetricsSource;
import dev.vigil.connectors.prometheus.PromQueryClient;
import dev.vigil.connectors.prometheus.Series;
import dev.vigil.connectors.prometheus.TileSpec;
import dev.vigil.views.common.BackgroundTask;
import dev.vigil.views.common.EvidenceDraft;
import dev.vigil.views.common.Pinboard;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.image.Image;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;

/**
 * The chart behind a tile: its query broken down per pod (or label value) over a chosen range, zoomed
 * by dragging, and pinned to the active incident as evidence (the chart's picture, the PromQL, the range
 * and the values).
 */
public final class MetricChartViewModel {

    private final MetricsSource source;
    private final TileSpec tile;
    private final ExecutorService io;
    private final Executor fx;
    private final Clock clock;
    private final Pinboard pinboard;

    private final ObjectProperty<ChartRange> range = new SimpleObjectProperty<>(ChartRange.ONE_HOUR);
    private final ReadOnlyObjectWrapper<Instant> from = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Instant> to = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper zoomed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<List<Series>> lines = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper pinMessage = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper pinning = new ReadOnlyBooleanWrapper();
    private final BooleanBinding canPin;
    private BackgroundTask.Handle running;

    MetricChartViewModel(MetricsSource source, TileSpec tile, ExecutorService io, Executor fx, Clock clock, Pinboard pinboard) {
        this.source = source;
        this.tile = tile;
        this.io = io;
        this.fx = fx;
        this.clock = clock;
        this.pinboard = pinboard;
        range.addListener((obs, old, now) -> {
            zoomed.set(false);
            load();
        });
        canPin = Bindings.createBooleanBinding(
                () -> pinboard.activeIncidentProperty().get() != null && !lines.get().isEmpty() && !pinning.get(),
                pinboard.activeIncidentProperty(), lines, pinning);
    }

    /** Loads the whole range ending now (or the zoomed window). */
    public void load() {
        if (!zoomed.get()) {
            Instant now = clock.instant();
            to.set(now);
            from.set(now.minus(range.get().length()));
        }
        fetch(from.get(), to.get());
    }

    /** Narrows the chart to the dragged window; a drag narrower than two steps is a click, not a zoom. */
    public void zoomTo(Instant start, Instant end) {
        Instant a = start.isBefore(end) ? start : end;
        Instant b = start.isBefore(end) ? end : start;
        if (Duration.between(a, b).compareTo(Duration.ofSeconds(10)) < 0) {
            return;
        }
        zoomed.set(true);
        from.set(a);
        to.set(b);
        fetch(a, b);
    }

    public void resetZoom() {
        zoomed.set(false);
        load();
    }

    private void fetch(Instant start, Instant end) {
        cancel();
        loading.set(true);
        error.set(null);
        Duration step = ChartRange.stepFor(Duration.between(start, end));
        BackgroundTask.Handle[] self = new BackgroundTask.Handle[1];
        self[0] = BackgroundTask.of(() -> PromQueryClient.await(source.chart(tile, start, end, step)))
                .onSuccess(lines::set)
                .onError(e -> {
                    lines.set(List.of());
                    error.set(e.getMessage());
                })
                .andFinally(() -> {
                    if (running == self[0]) {
                        loading.set(false);
                        running = null;
                    }
                })
                .start(io, fx);
        running = self[0];
    }

    void cancel() {
        if (running != null) {
            running.cancel();
            running = null;
        }
    }

    /** Pins the PromQL, the range and the values (CSV) to the active incident. */
    public void pin() {
        pin(null);
    }

    /**
     * Pins the chart as the person sees it ({@code picture}, a snapshot the view took; null for none) with
     * the PromQL, the range and the values (CSV). The picture is encoded as PNG off the FX thread.
     */
    public void pin(Image picture) {
        if (!canPin.get()) {
            return;
        }
        pinning.set(true);
        pinMessage.set(null);
        EvidenceDraft text = evidence();
        BackgroundTask.of(() -> picture == null ? text : withPicture(text, Png.of(picture)))
                .onSuccess(draft -> pinboard.pin(draft, incident -> {
                    pinning.set(false);
                    pinMessage.set("Pinned to " + incident.id() + " " + incident.title());
                }, e -> {
                    pinning.set(false);
                    pinMessage.set("Could not pin: " + e.getMessage());
                }))
                .onError(e -> {
                    pinning.set(false);
                    pinMessage.set("Could not pin: " + e.getMessage());
                })
                .start(io, fx);
    }

    private EvidenceDraft withPicture(EvidenceDraft text, byte[] png) {
        String name = (tile.service() + "-" + tile.key() + ".png").replaceAll("[^A-Za-z0-9._-]", "-");
        return new EvidenceDraft(text.kind(), text.title(), text.summary(), text.sourceRef(), text.attachments(), Map.of(name, png));
    }

    EvidenceDraft evidence() {
        String window = from.get() + " – " + to.get();
        String title = tile.service() + " · " + tile.title() + " (" + window + ")";
        StringBuilder summary = new StringBuilder();
        for (Series s : lines.get()) {
            summary.append(s.displayName()).append(": last ").append(tile.unit().format(s.lastValue())).append('\n');
        }
        Map<String, String> attachments = new LinkedHashMap<>();
        attachments.put("values.csv", ChartCsv.of(lines.get()));
        attachments.put("query.promql", tile.breakdown() + "\n");
        String sourceRef = "promql:" + source.describe() + " " + tile.breakdown() + " from " + from.get() + " to " + to.get()
                + " step " + ChartRange.stepFor(Duration.between(from.get(), to.get())).toSeconds() + "s";
        return new EvidenceDraft("metric_snapshot", title, summary.toString().strip(), sourceRef, attachments);
    }

    public TileSpec tile() {
        return tile;
    }

    public ObjectProperty<ChartRange> rangeProperty() {
        return range;
    }

    public ReadOnlyObjectProperty<Instant> fromProperty() {
        return from.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> toProperty() {
        return to.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty zoomedProperty() {
        return zoomed.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Series>> linesProperty() {
        return lines.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True while an incident is active and there are values to pin. */
    public BooleanBinding canPinProperty() {
        return canPin;
    }

    public ReadOnlyStringProperty pinMessageProperty() {
        return pinMessage.getReadOnlyProperty();
    }
}
