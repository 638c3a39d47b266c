package dev.vigil.views.cluster;

/** One log line with the pod it came from (several pods' logs can be merged) and its colour slot. */
public record LogLine(long seq, String pod, int colour, String text) {
}
