package dev.vigil.views.alerts;

import dev.vigil.connectors.alerting.Alert;
import dev.vigil.connectors.alerting.AlertDetails;
import dev.vigil.connectors.alerting.AlertSource;
import dev.vigil.views.common.BackgroundTask;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;

/**
 * The selected alert's page: its notes and activity log fetched in the background whenever the
 * selection or the alert itself changes (a newer load cancels the older).
 */
public final class AlertDetailViewModel {

    private final AlertsViewModel alerts;
    private final ExecutorService io;
    private final Executor fx;
    private final ReadOnlyObjectWrapper<AlertDetails> details = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private BackgroundTask.Handle load;

    public AlertDetailViewModel(AlertsViewModel alerts, ExecutorService io, Executor fx) {
        this.alerts = Objects.requireNonNull(alerts);
        this.io = io;
        this.fx = fx;
        alerts.selectedProperty().addListener((o, was, now) -> {
            boolean other = was == null || now == null || !was.id().equals(now.id());
            if (other || now.status() != was.status() || now.count() != was.count()) {
                reload();
            }
        });
    }

    /** Fetches the selected alert's details again (after an action). */
    public void reload() {
        if (load != null) {
            load.cancel();
        }
        Alert alert = alerts.selectedProperty().get();
        AlertSource source = alerts.sourceProperty().get();
        if (alert == null || source == null) {
            details.set(null);
            loading.set(false);
            error.set("");
            return;
        }
        if (details.get() != null && !details.get().alert().id().equals(alert.id())) {
            details.set(null);
        }
        loading.set(true);
        load = BackgroundTask.of(() -> source.details(alert.id()))
                .onSuccess(d -> {
                    details.set(d);
                    error.set("");
                })
                .onError(e -> error.set("Notes and activity could not be loaded: " + e.getMessage()))
                .andFinally(() -> loading.set(false))
                .start(io, fx);
    }

    public ReadOnlyObjectProperty<AlertDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
