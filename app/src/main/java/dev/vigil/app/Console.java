package dev.vigil.app;

import dev.vigil.connectors.health.EndpointProbe;
import dev.vigil.connectors.health.HealthMonitor;
import dev.vigil.connectors.kubernetes.AuditLog;
import dev.vigil.connectors.kubernetes.KubeConnections;
import dev.vigil.connectors.kubernetes.Kubeconfig;
import dev.vigil.environments.EnvironmentsFile;
import dev.vigil.environments.LoadResult;
import dev.vigil.views.common.BackgroundTask;
import dev.vigil.views.common.FxThread;
import dev.vigil.views.cluster.ClusterView;
import dev.vigil.views.cluster.ClusterViewModel;
import dev.vigil.views.cluster.PodActionsViewModel;
import dev.vigil.views.cluster.PodDetailsViewModel;
import dev.vigil.views.cluster.PodInspectorViewModel;
import dev.vigil.views.cluster.PodLogsViewModel;
import dev.vigil.views.cluster.RevisionHistoryViewModel;
import dev.vigil.views.settings.SettingsView;
import dev.vigil.views.settings.SettingsViewModel;
import dev.vigil.views.shell.EnvironmentsModel;
import dev.vigil.views.shell.HealthWatcher;
import dev.vigil.views.shell.PaletteCommand;
import dev.vigil.views.shell.Section;
import dev.vigil.views.shell.SectionPlaceholder;
import dev.vigil.views.shell.ShellView;
import dev.vigil.views.shell.ShellViewModel;
import dev.vigil.views.shell.UiPreferences;
import javafx.scene.Node;
import org.kordamp.ikonli.feather.Feather;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The console's object graph, wired by hand: executors, the environments model, the shell and its
 * sections. Built on the FX thread from what {@link Launcher} read before the toolkit started.
 */
public final class Console implements AutoCloseable {

    private static final Duration HEALTH_PERIOD = Duration.ofSeconds(30);

    private final ExecutorService io = Executors.newFixedThreadPool(4, daemonThreads("vigil-io"));
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, daemonThreads("vigil-timer"));
    private final EnvironmentsModel environments;
    private final ShellViewModel shell;
    private final ShellView view;
    private final Clock clock;
    private final AuditLog audit;
    // Read on every connect, so edits to the kubeconfig count without a restart.
    private final KubeConnections kube;
    // Until the incident workspace is wired: no active incident, so pins are off and actions go to the audit log only.
    private final NoActiveIncident incident = new NoActiveIncident();
    private ClusterViewModel cluster;

    public Console(Path environmentsFile, LoadResult loaded, UiPreferences prefs, Path auditFile, Clock clock) {
        this.clock = clock;
        this.audit = new AuditLog(auditFile);
        this.kube = new KubeConnections(Kubeconfig::fromEnvironment, scheduler, clock);
        environments = new EnvironmentsModel(environmentsFile);
        environments.load(loaded, prefs.environment());
        EndpointProbe probe = new EndpointProbe(Duration.ofSeconds(3), clock);
        HealthWatcher watcher = (env, listener) -> {
            HealthMonitor monitor = new HealthMonitor(env, probe, kube::health, scheduler, listener);
            monitor.start(HEALTH_PERIOD);
            return monitor;
        };
        shell = new ShellViewModel(environments, watcher, FxThread.executor());
        shell.themeProperty().set(prefs.theme());
        shell.select(prefs.section());
        shell.addCommands(List.of(
                new PaletteCommand("Reload environments file", "Environment", Feather.REFRESH_CW, "", this::reloadEnvironments),
                new PaletteCommand("Add environment", "Environment", Feather.PLUS, "", () -> shell.select(Section.SETTINGS))));
        SettingsViewModel settings = new SettingsViewModel(environments,
                cfg -> EnvironmentsFile.save(environmentsFile, cfg), io, FxThread.executor());
        view = new ShellView(shell, section -> sectionView(section, settings), clock);
    }

    private Node sectionView(Section section, SettingsViewModel settings) {
        if (section == Section.SETTINGS) {
            return new SettingsView(settings, shell.themeProperty(), this::reloadEnvironments);
        }
        if (section == Section.CLUSTER) {
            return clusterView();
        }
        return new SectionPlaceholder(section, shell);
    }

    /** Built on first visit: only then does the console hold a live connection to the cluster. */
    private Node clusterView() {
        cluster = new ClusterViewModel(kube::open, io, FxThread.executor(), scheduler, clock);
        PodDetailsViewModel details = new PodDetailsViewModel(cluster, incident, io, FxThread.executor());
        PodLogsViewModel logs = new PodLogsViewModel(cluster, io, FxThread.executor(), scheduler);
        PodActionsViewModel actions = new PodActionsViewModel(cluster, incident, audit, System.getProperty("user.name"),
                io, FxThread.executor(), clock);
        PodInspectorViewModel inspector = new PodInspectorViewModel(cluster, details, logs, actions);
        RevisionHistoryViewModel history = new RevisionHistoryViewModel(cluster, io, FxThread.executor());
        environments.activeProperty().addListener((obs, old, env) -> cluster.show(env));
        cluster.show(environments.active());
        return new ClusterView(cluster, inspector, history, clock);
    }

    /** Reads the environments file again off the FX thread and applies it, keeping the active environment. */
    public void reloadEnvironments() {
        String active = environments.active().name();
        BackgroundTask.of(() -> EnvironmentsFile.load(environments.file()))
                .onSuccess(result -> environments.load(result, active))
                .start(io, FxThread.executor());
    }

    public ShellView view() {
        return view;
    }

    public ShellViewModel shell() {
        return shell;
    }

    public ExecutorService io() {
        return io;
    }

    @Override
    public void close() {
        shell.stopWatching();
        if (cluster != null) {
            cluster.close();
        }
        kube.close();
        scheduler.shutdownNow();
        io.shutdown();
        try {
            io.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
