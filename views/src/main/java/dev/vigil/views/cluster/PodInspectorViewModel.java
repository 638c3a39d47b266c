package dev.vigil.views.cluster;

import dev.vigil.connectors.kubernetes.PodSummary;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.util.List;

/**
 * Opens a pod from the table into the details pane and keeps its three parts in step: details,
 * access checks for the actions, and logs (read only while the logs tab is on screen).
 */
public final class PodInspectorViewModel {

    private final PodDetailsViewModel details;
    private final PodLogsViewModel logs;
    private final PodActionsViewModel actions;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper();
    private boolean logsWanted;

    public PodInspectorViewModel(ClusterViewModel cluster, PodDetailsViewModel details, PodLogsViewModel logs,
                                 PodActionsViewModel actions) {
        this.details = details;
        this.logs = logs;
        this.actions = actions;
        details.detailsProperty().addListener((o, a, d) -> {
            if (d != null && logsWanted && logs.podProperty().get() == null) {
                logs.open(d.summary(), d.containerNames());
            }
        });
        // The open pod changed on the server: show its new state (events update by themselves).
        cluster.setPodChangeListener(p -> {
            PodSummary current = details.podProperty().get();
            if (current != null && current.key().equals(p.key())) {
                details.refresh(p);
                actions.retarget(p);
            }
        });
        cluster.environmentProperty().addListener((o, a, b) -> close());
    }

    public void open(PodSummary pod) {
        if (pod == null) {
            close();
            return;
        }
        logs.stop();
        logs.open(null, List.of());
        details.open(pod);
        actions.target(pod);
        open.set(true);
        if (logsWanted) {
            showLogs(true);
        }
    }

    /** The logs tab came into view (true) or left it (false): logs are read only while visible. */
    public void showLogs(boolean shown) {
        logsWanted = shown;
        PodSummary pod = details.podProperty().get();
        if (!shown) {
            logs.stop();
            return;
        }
        if (pod != null && logs.podProperty().get() == null) {
            var d = details.detailsProperty().get();
            if (d != null) {
                logs.open(pod, d.containerNames());
            }
        }
    }

    public void close() {
        logs.stop();
        logs.open(null, List.of());
        details.open(null);
        actions.target(null);
        open.set(false);
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public PodDetailsViewModel details() {
        return details;
    }

    public PodLogsViewModel logs() {
        return logs;
    }

    public PodActionsViewModel actions() {
        return actions;
    }
}
