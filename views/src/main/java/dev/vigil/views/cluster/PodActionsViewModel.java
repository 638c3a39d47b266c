package dev.vigil.views.cluster;

import dev.vigil.connectors.kubernetes.AccessDecision;
import dev.vigil.connectors.kubernetes.AuditLog;
import dev.vigil.connectors.kubernetes.ClusterAction;
import dev.vigil.connectors.kubernetes.ClusterSource;
import dev.vigil.connectors.kubernetes.PodSummary;
import dev.vigil.environments.Environment;
import dev.vigil.views.common.BackgroundTask;
import dev.vigil.views.common.IncidentJournal;
import dev.vigil.views.common.TypedConfirmation;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;

/**
 * The guarded actions on the open pod and its deployment. Each is offered only after a
 * SelfSubjectAccessReview allows it (else disabled with the reason). Asking for an action makes it
 * pending; in a production environment confirming needs the resource name typed. Every outcome is
 * appended to the audit log and, when an incident is active, to its timeline.
 */
public final class PodActionsViewModel {

    private static final AccessDecision CHECKING = AccessDecision.deny("Checking permission…");

    private final ClusterViewModel cluster;
    private final IncidentJournal journal;
    private final AuditLog audit;
    private final String who;
    private final ExecutorService io;
    private final Executor fx;
    private final Clock clock;

    private final Map<ClusterAction, ReadOnlyObjectWrapper<AccessDecision>> decisions = new EnumMap<>(ClusterAction.class);
    private final TypedConfirmation<PendingAction> confirmation = new TypedConfirmation<>();
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private PodSummary target;
    private BackgroundTask.Handle checking;

    public PodActionsViewModel(ClusterViewModel cluster, IncidentJournal journal, AuditLog audit, String who,
                               ExecutorService io, Executor fx, Clock clock) {
        this.cluster = cluster;
        this.journal = journal;
        this.audit = audit;
        this.who = who;
        this.io = io;
        this.fx = fx;
        this.clock = clock;
        for (ClusterAction a : ClusterAction.values()) {
            decisions.put(a, new ReadOnlyObjectWrapper<>(AccessDecision.deny("No pod selected")));
        }
    }

    /** Checks what the user may do on this pod (and its deployment) in the background. */
    public void target(PodSummary pod) {
        if (checking != null) {
            checking.cancel();
        }
        target = pod;
        cancel();
        if (pod == null) {
            decisions.values().forEach(d -> d.set(AccessDecision.deny("No pod selected")));
            return;
        }
        ClusterSource source = cluster.sourceProperty().get();
        if (source == null) {
            decisions.values().forEach(d -> d.set(AccessDecision.deny("Not connected to the cluster")));
            return;
        }
        decisions.values().forEach(d -> d.set(CHECKING));
        boolean hasDeployment = "Deployment".equals(pod.ownerKind());
        checking = BackgroundTask.of(() -> {
                    Map<ClusterAction, AccessDecision> answers = new EnumMap<>(ClusterAction.class);
                    answers.put(ClusterAction.DELETE_POD, source.canI(ClusterAction.DELETE_POD, pod.namespace()));
                    for (ClusterAction a : new ClusterAction[]{ClusterAction.RESTART_DEPLOYMENT, ClusterAction.SCALE_DEPLOYMENT}) {
                        answers.put(a, hasDeployment ? source.canI(a, pod.namespace())
                                : AccessDecision.deny("This pod is not managed by a deployment"));
                    }
                    return answers;
                })
                .onSuccess(answers -> answers.forEach((a, d) -> decisions.get(a).set(d)))
                .onError(e -> decisions.values().forEach(d -> d.set(AccessDecision.deny("Could not check permission: " + e.getMessage()))))
                .start(io, fx);
    }

    /** The target pod changed state on the server; permissions stay as checked, a pending action stays. */
    void retarget(PodSummary pod) {
        if (target != null && target.key().equals(pod.key())) {
            target = pod;
        }
    }

    public ReadOnlyObjectProperty<AccessDecision> decisionProperty(ClusterAction action) {
        return decisions.get(action).getReadOnlyProperty();
    }

    /** Asks for an action on the target: it becomes pending until confirmed or cancelled. */
    public void request(ClusterAction action, int replicas) {
        if (target == null || !decisions.get(action).get().allowed()) {
            return;
        }
        String name = action == ClusterAction.DELETE_POD ? target.name() : target.ownerName();
        result.set("");
        PendingAction p = new PendingAction(action, target.namespace(), name, replicas);
        confirmation.ask(p, p.describe(), guarded() ? name : null);
    }

    public void cancel() {
        confirmation.cancel();
    }

    /** Production environments ask for the resource name to be typed before anything destructive. */
    public boolean guarded() {
        Environment env = cluster.environmentProperty().get();
        return env != null && env.guarded();
    }

    /** Runs the pending action if confirmed; the outcome lands in {@link #resultProperty()}, the audit log and the incident. */
    public void confirm() {
        ClusterSource source = cluster.sourceProperty().get();
        PendingAction action = source == null ? null : confirmation.take();
        if (action == null) {
            return;
        }
        Environment env = cluster.environmentProperty().get();
        result.set(action.describe() + "…");
        BackgroundTask.of(() -> {
                    String outcome;
                    String detail = "";
                    try {
                        switch (action.action()) {
                            case DELETE_POD -> source.deletePod(action.namespace(), action.name());
                            case RESTART_DEPLOYMENT -> source.restartDeployment(action.namespace(), action.name());
                            case SCALE_DEPLOYMENT -> source.scaleDeployment(action.namespace(), action.name(), action.replicas());
                        }
                        outcome = "done";
                    } catch (RuntimeException e) {
                        outcome = "failed";
                        detail = e.getMessage();
                    }
                    String kind = action.action() == ClusterAction.DELETE_POD ? "pod" : "deployment";
                    audit.append(new AuditLog.Entry(clock.instant(), who, env == null ? "" : env.name(), source.name(),
                            action.action().name().toLowerCase(java.util.Locale.ROOT), kind + "/" + action.namespace() + "/" + action.name()
                                    + (action.action() == ClusterAction.SCALE_DEPLOYMENT ? " replicas=" + action.replicas() : ""),
                            outcome, detail));
                    String line = action.describe() + " (" + (env == null ? "" : env.name()) + ", by " + who + "): " + outcome
                            + (detail.isEmpty() ? "" : " — " + detail);
                    boolean journaled = journal.recordAction(line);
                    return line + (journaled ? " · added to the incident timeline" : "");
                })
                .onSuccess(result::set)
                .onError(e -> result.set(action.describe() + ": " + e.getMessage()))
                .start(io, fx);
    }

    public ReadOnlyObjectProperty<PendingAction> pendingProperty() {
        return confirmation.pendingProperty();
    }

    /** What the user typed to confirm (bound to the confirmation field). */
    public StringProperty typedProperty() {
        return confirmation.typedProperty();
    }

    public BooleanBinding confirmableProperty() {
        return confirmation.confirmableProperty();
    }

    /** The pending action and its typed confirmation, for the {@link dev.vigil.views.common.ConfirmationStrip}. */
    public TypedConfirmation<PendingAction> confirmation() {
        return confirmation;
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }
}
