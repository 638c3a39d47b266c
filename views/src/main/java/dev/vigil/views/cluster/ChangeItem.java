package dev.vigil.views.cluster;

import java.time.Instant;

/**
 * One line of the "what changed" feed.
 *
 * @param kind "rollout", "restart", "scale" or "crash"
 */
public record ChangeItem(Instant time, String kind, String namespace, String target, String detail) {
}
