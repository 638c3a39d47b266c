package dev.vigil.views.cluster;

import dev.vigil.connectors.kubernetes.ClusterSource;
import dev.vigil.connectors.kubernetes.DeploymentSummary;
import dev.vigil.connectors.kubernetes.RevisionSummary;
import dev.vigil.views.common.BackgroundTask;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;

/** The revision history (time, images, replica set) of the deployment selected in Workloads. */
public final class RevisionHistoryViewModel {

    private final ClusterViewModel cluster;
    private final ExecutorService io;
    private final Executor fx;
    private final ReadOnlyObjectWrapper<DeploymentSummary> deployment = new ReadOnlyObjectWrapper<>();
    private final ObservableList<RevisionSummary> revisions = FXCollections.observableArrayList();
    private BackgroundTask.Handle loading;

    public RevisionHistoryViewModel(ClusterViewModel cluster, ExecutorService io, Executor fx) {
        this.cluster = cluster;
        this.io = io;
        this.fx = fx;
    }

    public void select(DeploymentSummary d) {
        if (loading != null) {
            loading.cancel();
        }
        deployment.set(d);
        revisions.clear();
        ClusterSource source = cluster.sourceProperty().get();
        if (d == null || source == null) {
            return;
        }
        loading = BackgroundTask.of(() -> source.history(d.namespace(), d.name()))
                .onSuccess(revisions::setAll)
                .start(io, fx);
    }

    public ReadOnlyObjectProperty<DeploymentSummary> deploymentProperty() {
        return deployment.getReadOnlyProperty();
    }

    public ObservableList<RevisionSummary> revisions() {
        return FXCollections.unmodifiableObservableList(revisions);
    }
}
