package dev.vigil.connectors.kubernetes;

import java.util.List;
import java.util.function.Consumer;

/**
 * A cluster as Vigil sees it, in the domain's words: live pods, deployments and events pushed to a
 * listener, details and logs on request, and the guarded actions. The Fabric8 connector implements
 * it against a real API server; the demo fleet can implement it with simulated pods.
 *
 * <p>Every method but {@link #watch} may block on the network: call them off the FX thread.
 */
public interface ClusterSource extends AutoCloseable {

    /** A short name for messages and the audit log: the context name. */
    String name();

    /** The current connection state. */
    ClusterStatus status();

    /**
     * Starts pushing state to the listener: every known pod, node, deployment and event first, then
     * changes. Once every pod of the first list has been pushed, the source calls
     * {@link ClusterListener#podsListed()} (at once for a source that listed before the listener came).
     * Returns at once; the first list runs on the connector's threads. Closing the handle stops the pushes.
     */
    AutoCloseable watch(ClusterListener listener);

    /** The pod from the cache; throws {@link ClusterException} when it is gone. */
    PodDetails podDetails(String namespace, String name);

    /** Events about an object from the cache, newest first. */
    List<ClusterEvent> events(String kind, String namespace, String name);

    /** The newest log lines (bounded by the request's tail/since). */
    List<String> logs(LogRequest request);

    /** Follows a container's log: lines arrive on a connector thread until the handle is closed. */
    AutoCloseable followLogs(LogRequest request, Consumer<String> lines, Consumer<Throwable> ended);

    /** The revisions of a deployment, newest first (from its replica sets). */
    List<RevisionSummary> history(String namespace, String deployment);

    /** May the current user do this? Answered by a SelfSubjectAccessReview. */
    AccessDecision canI(ClusterAction action, String namespace);

    void deletePod(String namespace, String name);

    /** As {@code kubectl rollout restart}: stamps the pod template so the deployment rolls. */
    void restartDeployment(String namespace, String name);

    void scaleDeployment(String namespace, String name, int replicas);

    @Override
    void close();
}
