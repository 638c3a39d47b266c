package dev.vigil.app;

import dev.vigil.connectors.alerting.AlertSources;
import dev.vigil.connectors.demo.DemoAlertSource;
import dev.vigil.connectors.demo.DemoClusterSource;
import dev.vigil.connectors.demo.DemoFleet;
import dev.vigil.connectors.demo.DrillAlerting;
import dev.vigil.connectors.demo.DemoLogSource;
import dev.vigil.connectors.logs.LogSources;
import dev.vigil.connectors.logs.OpenSearchLogSources;
import dev.vigil.views.logs.LogsView;
import dev.vigil.views.logs.LogsViewModel;
import dev.vigil.connectors.demo.DemoMetricsSource;
import dev.vigil.connectors.health.EndpointProbe;
import dev.vigil.connectors.prometheus.MetricsSources;
import dev.vigil.connectors.credentials.EnvironmentVariableCredentials;
import dev.vigil.connectors.prometheus.PromClientSettings;
import dev.vigil.connectors.prometheus.PrometheusSources;
import dev.vigil.app.selfmetrics.SelfMetrics;
import dev.vigil.connectors.prometheus.QueryListener;
import dev.vigil.connectors.health.HealthMonitor;
import dev.vigil.connectors.kubernetes.AuditLog;
import dev.vigil.connectors.kubernetes.KubeConnections;
import dev.vigil.connectors.kubernetes.Kubeconfig;
import dev.vigil.environments.EnvironmentsFile;
import dev.vigil.environments.LoadResult;
import dev.vigil.environments.VigilDirs;
import dev.vigil.incidents.Evidence;
import dev.vigil.incidents.store.JdbcIncidentStore;
import dev.vigil.incidents.store.StoreListener;
import dev.vigil.incidents.store.StoreLocation;
import dev.vigil.views.common.StoreConnection;
import dev.vigil.views.incidents.IncidentsView;
import dev.vigil.views.incidents.IncidentsViewModel;
import dev.vigil.views.incidents.WorkspaceContext;
import dev.vigil.views.incidents.WorkspacePinboard;
import dev.vigil.views.reports.ReportsView;
import dev.vigil.views.reports.ReportsViewModel;
import dev.vigil.views.common.BackgroundTask;
import dev.vigil.views.common.FxThread;
import dev.vigil.views.metrics.MetricsView;
import dev.vigil.views.metrics.MetricsViewModel;
import dev.vigil.views.alerts.AlertActionsViewModel;
import dev.vigil.views.alerts.AlertDetailViewModel;
import dev.vigil.views.alerts.AlertsView;
import dev.vigil.views.alerts.AlertsViewModel;
import dev.vigil.views.cluster.ClusterView;
import dev.vigil.views.cluster.ClusterViewModel;
import dev.vigil.views.cluster.PodUsageSources;
import dev.vigil.views.cluster.PodActionsViewModel;
import dev.vigil.views.cluster.PodDetailsViewModel;
import dev.vigil.views.cluster.PodInspectorViewModel;
import dev.vigil.views.cluster.PodLogsViewModel;
import dev.vigil.views.cluster.RevisionHistoryViewModel;
import dev.vigil.views.drills.DrillDebriefView;
import dev.vigil.views.drills.DrillPicker;
import dev.vigil.views.drills.DrillStrip;
import dev.vigil.views.drills.DrillsViewModel;
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
import java.util.Optional;
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
    private final StoreConnection store;
    private final WorkspacePinboard pinboard;
    private final IncidentsViewModel incidents;
    private final Clock clock;
    private final DemoFleet demoFleet;
    private final DrillsViewModel drills;
    private MetricsViewModel metrics;
    private final AuditLog audit;
    // Read on every connect, so edits to the kubeconfig count without a restart.
    private final KubeConnections kube;
    private ClusterViewModel cluster;
    // Opened at start-up, not on first visit: the sidebar badge counts open alerts from the first minute.
    private final DemoAlertSource demoAlerts;
    private final DrillAlerting drillAlerting;
    private final AlertsViewModel alerts;
    private LogsViewModel logs;
    private final OpenSearchLogSources openSearchLogs;
    private final Optional<SelfMetrics> selfMetrics = SelfMetrics.fromEnvironment(System.getenv());

    /**
     * @param dirs where the incident store (data), postmortems (data) and the audit log (state) live
     */
    public Console(Path environmentsFile, LoadResult loaded, UiPreferences prefs, VigilDirs dirs, Clock clock) {
        this(environmentsFile, loaded, prefs, dirs, clock, Kubeconfig::fromEnvironment);
    }

    /** @param kubeconfig read on every connect to a cluster: {@code KUBECONFIG} as kubectl reads it, or a given file */
    public Console(Path environmentsFile, LoadResult loaded, UiPreferences prefs, VigilDirs dirs, Clock clock,
                   java.util.function.Supplier<Kubeconfig> kubeconfig) {
        this.clock = clock;
        this.demoFleet = new DemoFleet(DemoFleet.DEFAULT_SEED, clock.instant());
        Path dataDir = dirs.data();
        this.audit = new AuditLog(dirs.state().resolve("actions.jsonl"));
        this.kube = new KubeConnections(kubeconfig, scheduler, clock);
        environments = new EnvironmentsModel(environmentsFile);
        environments.load(loaded, prefs.environment());
        EndpointProbe probe = new EndpointProbe(Duration.ofSeconds(3), clock);
        this.openSearchLogs = new OpenSearchLogSources(EnvironmentVariableCredentials.fromSystem(), clock);
        HealthWatcher watcher = (env, listener) -> {
            HealthMonitor monitor = new HealthMonitor(env, probe, kube::health, openSearchLogs::health, scheduler, listener);
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

        String storeUrl = environments.config().storeUrl();
        StoreLocation location = storeUrl == null ? StoreLocation.sqliteFile(dataDir.resolve("incidents.db")) : StoreLocation.parse(storeUrl);
        StoreListener storeListener = selfMetrics.map(SelfMetrics::storeListener).orElse(StoreListener.NONE);
        store = new StoreConnection(() -> JdbcIncidentStore.open(location, clock, storeListener), location.toString(), io, scheduler,
                FxThread.executor());
        String user = System.getProperty("user.name", "operator");
        pinboard = new WorkspacePinboard(store, user, dataDir.resolve("evidence"));
        demoAlerts = new DemoAlertSource(demoFleet, scheduler, clock);
        drillAlerting = new DrillAlerting(demoFleet.drills(), demoAlerts, clock);
        drillAlerting.start(scheduler);
        drills = new DrillsViewModel(demoFleet.drills(), environments.activeProperty(), store, clock, scheduler,
                FxThread.executor(), drillAlerting::pageAcknowledged);
        WorkspaceContext context = new WorkspaceContext(user, clock, environments::config,
                () -> environments.active().name(), dataDir.resolve("postmortems"), this::openEvidence, drills::declareTags);
        incidents = new IncidentsViewModel(store, context, pinboard);
        shell.addCommands(List.of(
                new PaletteCommand("Declare incident", "Incidents", Feather.ALERT_OCTAGON, "Ctrl+N", () -> {
                    shell.select(Section.INCIDENTS);
                    incidents.startDeclare();
                }),
                new PaletteCommand("Find trace or client id…", "Logs", Feather.SEARCH, "", () -> {
                    shell.select(Section.LOGS);
                    logsModel().requestFindId();
                })));
        AlertSources alertSources = new AlertSources(EnvironmentVariableCredentials.fromSystem(), scheduler, io, clock);
        alerts = new AlertsViewModel(environments.activeProperty(),
                env -> env.demo() ? demoAlerts : alertSources.open(env).orElse(null), FxThread.executor(), scheduler, clock,
                shell::reportHealth);
        shell.badgeProperty(Section.ALERTS).bind(alerts.needsAttentionProperty());
        shell.addCommands(List.of(
                new PaletteCommand("Start drill…", "Drills", Feather.ACTIVITY, "", drills::openPicker),
                new PaletteCommand("End drill", "Drills", Feather.X_CIRCLE, "", drills::end)));
        view = new ShellView(shell, section -> sectionView(section, settings, clock), clock);
        view.addStrip(new DrillStrip(drills));
        view.addOverlay(new DrillPicker(drills, this::switchToDemo));
        view.addOverlay(new DrillDebriefView(drills, id -> {
            shell.select(Section.INCIDENTS);
            incidents.openIncident(id);
        }));
        store.connect();
    }

    private Node sectionView(Section section, SettingsViewModel settings, Clock clock) {
        return switch (section) {
            case SETTINGS -> new SettingsView(settings, shell.themeProperty(), this::reloadEnvironments);
            case INCIDENTS -> new IncidentsView(incidents, clock,
                    () -> environments.selectable().stream().map(e -> e.name()).toList());
            case REPORTS -> new ReportsView(new ReportsViewModel(store, environments::config, clock));
            case METRICS -> metricsView();
            case CLUSTER -> clusterView();
            case LOGS -> new LogsView(logsModel(), () -> shell.select(Section.SETTINGS));
            case ALERTS -> alertsView();
            default -> new SectionPlaceholder(section, shell);
        };
    }

    private Node metricsView() {
        QueryListener listener = selfMetrics.map(SelfMetrics::prometheusListener).orElse(QueryListener.NONE);
        MetricsSources prometheus = prometheusSources(listener);
        MetricsSources sources = env -> env.demo() ? Optional.of(new DemoMetricsSource(demoFleet)) : prometheus.open(env);
        metrics = new MetricsViewModel(environments.activeProperty(), sources, io, FxThread.executor(),
                scheduler, clock, pinboard);
        metrics.onScreenProperty().bind(shell.sectionProperty().isEqualTo(Section.METRICS));
        return new MetricsView(metrics, shell.themeProperty());
    }

    /** Makes the built-in demo the active environment (drills run on its fleet). */
    private void switchToDemo() {
        environments.selectable().stream().filter(e -> e.demo()).findFirst().ifPresent(e -> environments.activate(e.name()));
    }

    /** Switches to the demo environment and starts a drill on its fleet. */
    public void startDrill(dev.vigil.connectors.demo.DrillScenario scenario, double speed) {
        switchToDemo();
        drills.start(scenario, speed);
    }

    public DrillsViewModel drills() {
        return drills;
    }

    private Node alertsView() {
        AlertDetailViewModel detail = new AlertDetailViewModel(alerts, io, FxThread.executor());
        AlertActionsViewModel actions = new AlertActionsViewModel(alerts, detail, pinboard, pinboard, seed -> {
            shell.select(Section.INCIDENTS);
            incidents.startDeclareFrom(seed);
        }, System.getProperty("user.name"), io, FxThread.executor());
        // An alert's vigil:SECTION/... links open the section (the crash-looping pod, the latency tile).
        return new AlertsView(alerts, detail, actions, link -> {
            String rest = link.substring("vigil:".length());
            Section.byId(rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest).ifPresent(shell::select);
        });
    }

    /** The demo environment's alert source, where a drill raises and resolves its alerts. */
    public DemoAlertSource demoAlerts() {
        return demoAlerts;
    }

    public AlertsViewModel alerts() {
        return alerts;
    }

    /** Built on first use (the section or the palette): the demo fleet's logs, else the environment's OpenSearch. */
    public LogsViewModel logsModel() {
        if (logs == null) {
            DemoLogSource demoLogs = new DemoLogSource(demoFleet, clock);
            LogSources sources = env -> env.demo() ? Optional.of(demoLogs) : openSearchLogs.open(env);
            logs = new LogsViewModel(environments.activeProperty(), sources, io, FxThread.executor(), scheduler, clock, pinboard);
        }
        return logs;
    }

    /** Opens the section a piece of evidence came from. */
    private void openEvidence(Evidence evidence) {
        shell.select(switch (evidence.kind()) {
            case POD -> Section.CLUSTER;
            case LOG_QUERY -> Section.LOGS;
            case METRIC_SNAPSHOT -> Section.METRICS;
            case ALERT -> Section.ALERTS;
            case URL -> Section.INCIDENTS;
            case CHANGES -> Section.CLUSTER;
        });
    }

    public IncidentsViewModel incidents() {
        return incidents;
    }

    public WorkspacePinboard pinboard() {
        return pinboard;
    }

    /**
     * Prometheus connections: secrets from {@code VIGIL_SECRET_<NAME>} until the OS keychain is wired, and
     * {@code VIGIL_PROMETHEUS_CA} (a PEM file) for a Prometheus behind an internal CA.
     */
    private static PrometheusSources prometheusSources(QueryListener listener) {
        String ca = System.getenv("VIGIL_PROMETHEUS_CA");
        PromClientSettings settings = PromClientSettings.DEFAULTS
                .withCaCertificates(ca == null || ca.isBlank() ? null : Path.of(ca));
        return new PrometheusSources(EnvironmentVariableCredentials.fromSystem(), settings, listener);
    }

    /** Built on first visit: only then does the console hold a live connection to the cluster. */
    private Node clusterView() {
        DemoClusterSource demoCluster = new DemoClusterSource(demoFleet, scheduler, clock);
        PrometheusSources prometheus = prometheusSources(selfMetrics.map(SelfMetrics::prometheusListener).orElse(QueryListener.NONE));
        PodUsageSources usage = env -> env.demo() ? Optional.of(demoCluster.usage()) : prometheus.podUsage(env, clock);
        cluster = new ClusterViewModel(env -> env.demo() ? demoCluster : kube.open(env), usage, io, FxThread.executor(), scheduler, clock);
        cluster.onScreenProperty().bind(shell.sectionProperty().isEqualTo(Section.CLUSTER));
        PodDetailsViewModel details = new PodDetailsViewModel(cluster, pinboard, io, FxThread.executor());
        PodLogsViewModel logs = new PodLogsViewModel(cluster, io, FxThread.executor(), scheduler);
        PodActionsViewModel actions = new PodActionsViewModel(cluster, pinboard, audit, System.getProperty("user.name"),
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

    /** Vigil's own metrics exporter, when {@code VIGIL_METRICS_PORT} asked for one. */
    public Optional<SelfMetrics> selfMetrics() {
        return selfMetrics;
    }

    public ExecutorService io() {
        return io;
    }

    @Override
    public void close() {
        shell.stopWatching();
        drills.close();
        drillAlerting.close();
        store.close();
        if (metrics != null) {
            metrics.close();
        }
        selfMetrics.ifPresent(SelfMetrics::close);
        if (cluster != null) {
            cluster.close();
        }
        alerts.close();
        if (logs != null) {
            logs.close();
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
