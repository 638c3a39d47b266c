package dev.vigil.connectors.kubernetes;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
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
 * The Fabric8 connector: one shared informer per kind (pods, deployments, replica sets, events)
 * across all namespaces, started once and shared by every listener. Handlers only convert and hand
 * over. Informers relist by themselves after a dropped watch or 410 Gone; a small monitor turns
 * their state into {@link ClusterStatus} (reconnecting while any is not watching).
 */
public final class KubeClusterSource implements ClusterSource {

    private static final Logger LOG = LoggerFactory.getLogger(KubeClusterSource.class);
    private static final long STATUS_PERIOD_MS = 100;

    private final String name;
    private final KubernetesClient client;
    private final String server;
    private final Clock clock;
    private final SharedIndexInformer<Pod> pods;
    private final SharedIndexInformer<Deployment> deployments;
    private final SharedIndexInformer<ReplicaSet> replicaSets;
    private final SharedIndexInformer<Event> events;
    private final List<SharedIndexInformer<?>> all;
    private final List<ClusterListener> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledFuture<?> monitor;
    private final PodDetailsReader details;
    private final KubeRequests requests;

    private volatile ClusterStatus status;
    private volatile ClusterFailures.Failure lastFailure;
    private volatile boolean closed;

    /** Connects to a context of the kubeconfig; throws {@link KubeconfigException} when it cannot be used. */
    public static KubeClusterSource connect(Kubeconfig kubeconfig, String context, ScheduledExecutorService timer, Clock clock) {
        Config config = kubeconfig.clientConfig(context);
        return open(context == null ? kubeconfig.currentContext() : context, config, timer, clock);
    }

    /** Opens on a client configuration (tests and the bench point it at a mock server). */
    public static KubeClusterSource open(String name, Config config, ScheduledExecutorService timer, Clock clock) {
        // Fail fast on a dead server: the informers retry on their own, the window must not wait.
        config.setConnectionTimeout(5_000);
        config.setRequestTimeout(15_000);
        config.setRequestRetryBackoffLimit(0);
        KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build();
        return new KubeClusterSource(name, client, timer, clock);
    }

    KubeClusterSource(String name, KubernetesClient client, ScheduledExecutorService timer, Clock clock) {
        this.name = Objects.requireNonNull(name);
        this.client = client;
        this.server = client.getConfiguration().getMasterUrl();
        this.clock = clock;
        this.status = new ClusterStatus(ConnectionState.CONNECTING, "listing pods from " + server, clock.instant());
        pods = client.pods().inAnyNamespace().runnableInformer(0);
        deployments = client.apps().deployments().inAnyNamespace().runnableInformer(0);
        replicaSets = client.apps().replicaSets().inAnyNamespace().runnableInformer(0);
        events = client.v1().events().inAnyNamespace().runnableInformer(0);
        all = List.of(pods, deployments, replicaSets, events);
        for (SharedIndexInformer<?> informer : all) {
            informer.exceptionHandler((started, t) -> {
                lastFailure = ClusterFailures.classify(t, server);
                LOG.debug("informer {} failed (started={}): {}", informer.getApiTypeClass().getSimpleName(), started, t.toString());
                return !closed;
            });
        }
        details = new PodDetailsReader(pods, replicaSets, deployments);
        requests = new KubeRequests(client, server, replicaSets);
        for (SharedIndexInformer<?> informer : all) {
            informer.start();
        }
        monitor = timer.scheduleWithFixedDelay(this::checkState, STATUS_PERIOD_MS, STATUS_PERIOD_MS, TimeUnit.MILLISECONDS);
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
        boolean synced = all.stream().allMatch(SharedIndexInformer::hasSynced);
        boolean watching = all.stream().allMatch(SharedIndexInformer::isWatching);
        ClusterFailures.Failure failure = lastFailure;
        if (synced && watching) {
            lastFailure = null;
            // No pod count here: this runs ten times a second, and counting copies the whole cache.
            return new ClusterStatus(ConnectionState.CONNECTED, "watching pods, deployments and events on " + server,
                    sinceIfSame(ConnectionState.CONNECTED));
        }
        if (synced) {
            String why = failure == null ? "watch dropped" : failure.message();
            return new ClusterStatus(ConnectionState.RECONNECTING, "reconnecting: " + why, sinceIfSame(ConnectionState.RECONNECTING));
        }
        if (failure != null) {
            return new ClusterStatus(failure.state(), failure.message(), sinceIfSame(failure.state()));
        }
        return new ClusterStatus(ConnectionState.CONNECTING, "listing pods from " + server, sinceIfSame(ConnectionState.CONNECTING));
    }

    private java.time.Instant sinceIfSame(ConnectionState state) {
        return status.state() == state ? status.since() : clock.instant();
    }

    @Override
    public AutoCloseable watch(ClusterListener listener) {
        List<Runnable> undo = new ArrayList<>();
        listeners.add(listener);
        undo.add(() -> listeners.remove(listener));
        listener.status(status);
        undo.add(handle(pods, p -> listener.pod(key(p), PodSummaries.of(p)), p -> listener.pod(key(p), null)));
        undo.add(handle(deployments, d -> listener.deployment(key(d), DeploymentSummaries.of(d)), d -> listener.deployment(key(d), null)));
        undo.add(handle(events, e -> listener.event(EventSummaries.of(e)), e -> { }));
        return () -> undo.forEach(Runnable::run);
    }

    /** Registers short handlers (the informer replays what it already holds as adds). */
    private static <T> Runnable handle(SharedIndexInformer<T> informer, Consumer<T> upsert, Consumer<T> delete) {
        ResourceEventHandler<T> handler = new ResourceEventHandler<>() {
            @Override
            public void onAdd(T obj) {
                upsert.accept(obj);
            }

            @Override
            public void onUpdate(T oldObj, T newObj) {
                upsert.accept(newObj);
            }

            @Override
            public void onDelete(T obj, boolean deletedFinalStateUnknown) {
                delete.accept(obj);
            }
        };
        informer.addEventHandler(handler);
        return () -> informer.removeEventHandler(handler);
    }

    private static String key(HasMetadata o) {
        return o.getMetadata().getNamespace() + "/" + o.getMetadata().getName();
    }

    @Override
    public PodDetails podDetails(String namespace, String podName) {
        return details.read(namespace, podName);
    }

    @Override
    public List<ClusterEvent> events(String kind, String namespace, String objectName) {
        return events.getStore().list().stream()
                .map(EventSummaries::of)
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
        return pods.getStore().list().size();
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
