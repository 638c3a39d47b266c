package dev.vigil.connectors.kubernetes;

import io.fabric8.kubernetes.api.model.Event;

import java.time.Instant;

/** Turns a core/v1 event into a {@link ClusterEvent}, picking the newest of its several time fields. */
public final class EventSummaries {

    private EventSummaries() {
    }

    public static ClusterEvent of(Event e) {
        var obj = e.getInvolvedObject();
        Instant last = PodSummaries.instant(e.getLastTimestamp());
        if (last == null && e.getEventTime() != null) {
            last = PodSummaries.instant(e.getEventTime().getTime());
        }
        if (last == null) {
            last = PodSummaries.instant(e.getFirstTimestamp());
        }
        if (last == null) {
            last = PodSummaries.instant(e.getMetadata().getCreationTimestamp());
        }
        String namespace = obj != null && obj.getNamespace() != null ? obj.getNamespace() : e.getMetadata().getNamespace();
        return new ClusterEvent(e.getMetadata().getUid() != null ? e.getMetadata().getUid() : e.getMetadata().getNamespace() + "/" + e.getMetadata().getName(),
                namespace, obj == null ? "" : obj.getKind(), obj == null ? "" : obj.getName(), e.getType(), e.getReason(),
                e.getMessage(), e.getCount() == null ? 1 : e.getCount(), last);
    }
}
