package dev.vigil.connectors.kubernetes;

import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReviewBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.BytesLimitTerminateTimeTailPrettyLoggable;
import io.fabric8.kubernetes.client.dsl.ContainerResource;
import io.fabric8.kubernetes.client.dsl.PodResource;
import io.fabric8.kubernetes.client.dsl.PrettyLoggable;
import io.fabric8.kubernetes.client.dsl.TailPrettyLoggable;
import io.fabric8.kubernetes.client.dsl.TimeTailPrettyLoggable;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/** The requests that go to the server on demand: logs, revision history, access reviews and actions. */
final class KubeRequests {

    private final KubernetesClient client;
    private final String server;
    private final SummaryStore<ReplicaSet, ReplicaSetSummary> replicaSets;

    KubeRequests(KubernetesClient client, String server, SummaryStore<ReplicaSet, ReplicaSetSummary> replicaSets) {
        this.client = client;
        this.server = server;
        this.replicaSets = replicaSets;
    }

    private ContainerResource container(LogRequest r) {
        PodResource pod = client.pods().inNamespace(r.namespace()).withName(r.pod());
        return r.container() == null ? pod : pod.inContainer(r.container());
    }

    private PrettyLoggable loggable(LogRequest r) {
        ContainerResource c = container(r);
        BytesLimitTerminateTimeTailPrettyLoggable b = r.timestamps() ? c.usingTimestamps() : c;
        TimeTailPrettyLoggable t = r.previous() ? b.terminated() : b;
        TailPrettyLoggable tail = r.sinceSeconds() > 0 ? t.sinceSeconds(r.sinceSeconds()) : t;
        return r.tailLines() > 0 ? tail.tailingLines(r.tailLines()) : tail;
    }

    List<String> logs(LogRequest r) {
        try {
            String text = loggable(r).getLog();
            if (text == null || text.isEmpty()) {
                return List.of();
            }
            return Arrays.asList(text.split("\r?\n"));
        } catch (RuntimeException e) {
            throw new ClusterException("logs of " + r.namespace() + "/" + r.pod() + ": " + ClusterFailures.describe(e, server), e);
        }
    }

    /** Follows {@code r}'s container, resuming when the server ends the stream ({@link LogFollower}). */
    AutoCloseable followLogs(LogRequest r, Consumer<String> lines, Consumer<Throwable> ended) {
        try {
            return new LogFollower(r, from -> followable(r, from).watchLog(),
                    () -> client.pods().inNamespace(r.namespace()).withName(r.pod()).get() != null, lines, ended).start();
        } catch (RuntimeException e) {
            throw new ClusterException("logs of " + r.namespace() + "/" + r.pod() + ": " + ClusterFailures.describe(e, server), e);
        }
    }

    /** The request's stream with timestamps; resumed from {@code from} when given, else with its own tail and since. */
    private PrettyLoggable followable(LogRequest r, Instant from) {
        TimeTailPrettyLoggable t = container(r).usingTimestamps();
        if (from != null) {
            return t.sinceTime(from.toString());
        }
        TailPrettyLoggable tail = r.sinceSeconds() > 0 ? t.sinceSeconds(r.sinceSeconds()) : t;
        return r.tailLines() > 0 ? tail.tailingLines(r.tailLines()) : tail;
    }

    List<RevisionSummary> history(String namespace, String deployment) {
        return replicaSets.summaries().stream()
                .filter(rs -> namespace.equals(rs.namespace()) && deployment.equals(rs.deployment()))
                .map(ReplicaSetSummary::revision)
                .sorted(Comparator.comparingLong(RevisionSummary::revision).reversed())
                .toList();
    }

    AccessDecision canI(ClusterAction action, String namespace) {
        SelfSubjectAccessReview review = new SelfSubjectAccessReviewBuilder()
                .withNewSpec().withNewResourceAttributes()
                .withNamespace(namespace).withVerb(action.verb()).withGroup(action.group())
                .withResource(action.resource()).withSubresource(action.subresource())
                .endResourceAttributes().endSpec().build();
        try {
            SelfSubjectAccessReview answer = client.authorization().v1().selfSubjectAccessReview().create(review);
            if (answer.getStatus() != null && Boolean.TRUE.equals(answer.getStatus().getAllowed())) {
                return AccessDecision.allow();
            }
            String reason = answer.getStatus() == null ? null : answer.getStatus().getReason();
            return AccessDecision.deny("You may not " + action.permission() + " in " + namespace
                    + (reason == null || reason.isBlank() ? "" : ": " + reason));
        } catch (RuntimeException e) {
            return AccessDecision.deny("Could not check permission to " + action.permission() + ": "
                    + ClusterFailures.describe(e, server));
        }
    }

    void deletePod(String namespace, String name) {
        run("delete pod " + namespace + "/" + name, () -> {
            var deleted = client.pods().inNamespace(namespace).withName(name).delete();
            if (deleted.isEmpty()) {
                throw new ClusterException("pod " + namespace + "/" + name + " does not exist");
            }
        });
    }

    void restartDeployment(String namespace, String name, Instant now) {
        run("restart deployment " + namespace + "/" + name, () -> client.apps().deployments().inNamespace(namespace)
                .withName(name).edit(d -> new DeploymentBuilder(d).editSpec().editTemplate().editOrNewMetadata()
                        .addToAnnotations(DeploymentSummaries.RESTARTED_AT, now.toString())
                        .endMetadata().endTemplate().endSpec().build()));
    }

    void scaleDeployment(String namespace, String name, int replicas) {
        if (replicas < 0) {
            throw new ClusterException("replicas must be 0 or more, not " + replicas);
        }
        run("scale deployment " + namespace + "/" + name, () -> client.apps().deployments().inNamespace(namespace)
                .withName(name).edit(d -> new DeploymentBuilder(d).editSpec().withReplicas(replicas).endSpec().build()));
    }

    private void run(String what, Runnable request) {
        try {
            request.run();
        } catch (ClusterException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ClusterException(what + " failed: " + ClusterFailures.describe(e, server), e);
        }
    }
}
