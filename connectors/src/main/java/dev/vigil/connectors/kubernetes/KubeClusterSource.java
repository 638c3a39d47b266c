package dev.vigil.connectors.kubernetes;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The Fabric8 connector: one shared informer per kind (pods, nodes, deployments, replica sets,
 * events) across all namespaces, started once and shared by every listener. Each informer keeps
 * summaries, not API objects ({@link SummaryStore}), and passes every change on as it stores it.
 * The pods list first, the other kinds once it is in: the pods table is what the operator waits
 * for. Informers relist by themselves after a dropped watch or 410 Gone; a small monitor turns
 * their state into {@link ClusterStatus} (reconnecting while any is not watching).
 */
public final class KubeClusterSource implements ClusterSource {

    private static final Logger LOG = LoggerFactory.getLogger(KubeClusterSource.class);
    private static final long STATUS_PERIOD_MS = 100;
    /** Objects per list page: kubectl's 500 costs twice the round trips for little less garbage per page. */
    static final long LIST_PAGE = 1_000;

    private final String name;
    private final KubernetesClient client;
    private final String server;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private final Interner strings = new Interner();
    private final SummaryStore<Pod, PodSummary> podStore = new SummaryStore<>(p -> PodSummaries.of(p, strings), Pod::new);
    private final SummaryStore<Node, NodeSummary> nodeStore = new SummaryStore<>(n -> NodeSummaries.of(n, strings), Node::new);
    private final SummaryStore<Deployment, DeploymentSummary> deploymentStore =
            new SummaryStore<>(DeploymentSummaries::of, Deployment::new);
    private final SummaryStore<ReplicaSet, ReplicaSetSummary> replicaSetStore =
            new SummaryStore<>(rs -> ReplicaSetSummaries.of(rs, strings), ReplicaSet::new);
    private final SummaryStore<Event, ClusterEvent> eventStore = new SummaryStore<>(EventSummaries::of, Event::new);
    private final SharedIndexInformer<Pod> pods;
    private final SharedIndexInformer<Node> nodes;
    private final List<SharedIndexInformer<?>> all;
    private final List<ClusterListener> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledFuture<?> monitor;
    private final PodDetailsReader details;
    private final KubeRequests requests;

    private volatile ClusterStatus status;
    private volatile ClusterFailures.Failure lastFailure;
    private volatile boolean nodesForbidden;
    private volatile boolean closed;

    /** Connects to a context of the kubeconfig; throws {@link KubeconfigException} when it cannot be used. */
    public static KubeClusterSource connect(Kubeconfig kubeconfig, String context, ScheduledExecutorService timer, Clock clock) {
        Config config = kubeconfig.clientConfig(context);
        return open(context == null ? kubeconfig.currentContext() : context, config, timer, clock);
    }

    /** Opens on a client configuration (tests and the bench point it at a mock server). */
    public static KubeClusterSource open(String name, Config config, ScheduledExecutorService timer, Clock clock) {
        return open(name, config, timer, clock, LIST_PAGE);
    }

    static KubeClusterSource open(String name, Config config, ScheduledExecutorService timer, Clock clock, long listPage) {
        // Fail fast on a dead server: the informers retry on their own, the window must not wait.
        config.setConnectionTimeout(5_000);
        config.setRequestTimeout(15_000);
        config.setRequestRetryBackoffLimit(0);
        KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build();
        return new KubeClusterSource(name, client, timer, clock, listPage);
    }

    KubeClusterSource(String name, KubernetesClient client, ScheduledExecutorService timer, Clock clock, long listPage) {
        this.name = Objects.requireNonNull(name);
        this.client = client;
        this.server = client.getConfiguration().getMasterUrl();
        this.clock = clock;
        this.timer = timer;
        this.status = new ClusterStatus(ConnectionState.CONNECTING, "listing pods from " + server, clock.instant());
        // Lists come in pages, as kubectl asks for them: one page's objects die young, where a single
        // answer of 50,000 pods stays alive while it is stored, is copied by every young collection on
        // the way and ends in the old generation as garbage for a later, long, mixed collection.
        Long page = listPage;
        pods = informer(client.pods().inAnyNamespace().withLimit(page).runnableInformer(0), podStore);
        nodes = informer(client.nodes().withLimit(page).runnableInformer(0), nodeStore);
        List<SharedIndexInformer<?>> rest = List.of(nodes,
                informer(client.apps().deployments().inAnyNamespace().withLimit(page).runnableInformer(0), deploymentStore),
                informer(client.apps().replicaSets().inAnyNamespace().withLimit(page).runnableInformer(0), replicaSetStore),
                informer(client.v1().events().inAnyNamespace().withLimit(page).runnableInformer(0), eventStore));
        List<SharedIndexInformer<?>> informers = new ArrayList<>();
        informers.add(pods);
        informers.addAll(rest);
        all = List.copyOf(informers);
        details = new PodDetailsReader(client, server, replicaSetStore, strings);
        requests = new KubeRequests(client, server, replicaSetStore);
        pods.start().whenComplete((done, failed) -> {
            if (failed == null) {
                podStore.markListed();
            }
            startRest(rest);
        });
        monitor = timer.scheduleWithFixedDelay(this::checkState, STATUS_PERIOD_MS, STATUS_PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    private <T> SharedIndexInformer<T> informer(SharedIndexInformer<T> informer, SummaryStore<?, ?> store) {
        @SuppressWarnings("unchecked")
        var typed = (io.fabric8.kubernetes.client.informers.cache.ItemStore<T>) store;
        informer.itemStore(typed);
        // The namespace index would hold a second copy of every key; nothing here looks objects up by namespace.
        informer.removeNamespaceIndex();
        informer.exceptionHandler((started, t) -> {
            if (informer == nodes && forbidden(t)) {
                // Many users may list pods but not nodes: the section works without them.
                nodesForbidden = true;
                LOG.info("cluster {}: nodes are hidden, listing them is forbidden", name);
                return false;
            }
            lastFailure = ClusterFailures.classify(t, server);
            LOG.debug("informer {} failed (started={}): {}", informer.getApiTypeClass().getSimpleName(), started, t.toString());
            return !closed;
        });
        return informer;
    }

    private void startRest(List<SharedIndexInformer<?>> rest) {
        if (closed) {
            return;
        }
        for (SharedIndexInformer<?> informer : rest) {
            informer.start();
        }
    }

    private static boolean forbidden(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof KubernetesClientException k && k.getCode() == 403) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ClusterStatus status() {
        return status;
    }

    private void checkState() {
        try {
            if (pods.hasSynced()) {
                // Normally the informer's start has said so already; this covers a first list that failed and was retried.
                podStore.markListed();
            }
            ClusterStatus next = nextStatus();
            ClusterStatus prev = status;
            if (prev.state() != next.state() || !prev.message().equals(next.message())) {
                status = next;
                LOG.info("cluster {}: {} ({})", name, next.state(), next.message());
                for (ClusterListener l : listeners) {
                    l.status(next);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("cluster state check failed", e);
        }
    }

    private ClusterStatus nextStatus() {
        if (closed) {
            return new ClusterStatus(ConnectionState.CLOSED, "closed", clock.instant());
        }
        List<SharedIndexInformer<?>> counted = nodesForbidden ? all.stream().filter(i -> i != nodes).toList() : all;
        boolean synced = counted.stream().allMatch(SharedIndexInformer::hasSynced);
        boolean watching = counted.stream().allMatch(SharedIndexInformer::isWatching);
        ClusterFailures.Failure failure = lastFailure;
        if (synced && watching) {
            lastFailure = null;
            // No pod count here: this runs ten times a second.
            return new ClusterStatus(ConnectionState.CONNECTED, "watching pods, " + (nodesForbidden ? "" : "nodes, ")
                    + "deployments and events on " + server, sinceIfSame(ConnectionState.CONNECTED));
        }
        if (synced) {
            String why = failure == null ? "watch dropped" : failure.message();
            return new ClusterStatus(ConnectionState.RECONNECTING, "reconnecting: " + why, sinceIfSame(ConnectionState.RECONNECTING));
        }
        if (failure != null) {
            return new ClusterStatus(failure.state(), failure.message(), sinceIfSame(failure.state()));
        }
        String what = pods.hasSynced() ? "listing deployments and events from " : "listing pods from ";
        return new ClusterStatus(ConnectionState.CONNECTING, what + server, sinceIfSame(ConnectionState.CONNECTING));
    }

    private Instant sinceIfSame(ConnectionState state) {
        return status.state() == state ? status.since() : clock.instant();
    }

    @Override
    public AutoCloseable watch(ClusterListener listener) {
        listeners.add(listener);
        listener.status(status);
        List<Runnable> undo = new ArrayList<>();
        boolean[] stopped = {false};
        // The stores replay what they hold on a connector thread, not on the caller's (the FX thread).
        ScheduledFuture<?> replay = timer.schedule(() -> {
            List<Runnable> subscriptions = List.of(
                    podStore.subscribe(new SummaryStore.Sink<>() {
                        @Override
                        public void changed(String key, PodSummary pod) {
                            listener.pod(key, pod);
                        }

                        @Override
                        public void listed() {
                            listener.podsListed();
                        }
                    }),
                    nodeStore.subscribe(listener::node),
                    deploymentStore.subscribe(listener::deployment),
                    eventStore.subscribe((key, event) -> {
                        if (event != null) {
                            listener.event(event);
                        }
                    }));
            synchronized (undo) {
                if (stopped[0]) {
                    subscriptions.forEach(Runnable::run);
                } else {
                    undo.addAll(subscriptions);
                }
            }
        }, 0, TimeUnit.MILLISECONDS);
        return () -> {
            listeners.remove(listener);
            replay.cancel(false);
            synchronized (undo) {
                stopped[0] = true;
                undo.forEach(Runnable::run);
                undo.clear();
            }
        };
    }

    @Override
    public PodDetails podDetails(String namespace, String podName) {
        return details.read(namespace, podName);
    }

    @Override
    public List<ClusterEvent> events(String kind, String namespace, String objectName) {
        return eventStore.summaries().stream()
                .filter(e -> e.about(kind, namespace, objectName))
                .sorted(Comparator.comparing(ClusterEvent::lastSeen, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    @Override
    public List<String> logs(LogRequest request) {
        return requests.logs(request);
    }

    @Override
    public AutoCloseable followLogs(LogRequest request, Consumer<String> lines, Consumer<Throwable> ended) {
        return requests.followLogs(request, lines, ended);
    }

    @Override
    public List<RevisionSummary> history(String namespace, String deployment) {
        return requests.history(namespace, deployment);
    }

    @Override
    public AccessDecision canI(ClusterAction action, String namespace) {
        return requests.canI(action, namespace);
    }

    @Override
    public void deletePod(String namespace, String podName) {
        requests.deletePod(namespace, podName);
    }

    @Override
    public void restartDeployment(String namespace, String deployment) {
        requests.restartDeployment(namespace, deployment, clock.instant());
    }

    @Override
    public void scaleDeployment(String namespace, String deployment, int replicas) {
        requests.scaleDeployment(namespace, deployment, replicas);
    }

    /** The pods the informer holds now (the bench compares this with the table). */
    public int cachedPods() {
        return podStore.size();
    }

    @Override
    public void close() {
        closed = true;
        monitor.cancel(false);
        all.forEach(SharedIndexInformer::stop);
        client.close();
        status = new ClusterStatus(ConnectionState.CLOSED, "closed", clock.instant());
    }

    static <T, R> List<R> map(List<T> list, Function<T, R> f) {
        return list == null ? List.of() : list.stream().map(f).toList();
    }
}
