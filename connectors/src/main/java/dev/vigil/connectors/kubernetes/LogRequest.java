package dev.vigil.connectors.kubernetes;

/**
 * What log lines to read from one container.
 *
 * @param container    null: the pod's only (or first) container
 * @param previous     the previous (crashed) instance of the container
 * @param tailLines    how many of the newest lines to start with; 0 or less: all
 * @param sinceSeconds only lines newer than this; 0 or less: no limit
 * @param timestamps   prefix each line with the kubelet's RFC 3339 timestamp
 */
public record LogRequest(String namespace, String pod, String container, boolean previous, int tailLines,
                         int sinceSeconds, boolean timestamps) {

    public static LogRequest tail(String namespace, String pod, int lines) {
        return new LogRequest(namespace, pod, null, false, lines, 0, false);
    }
}
