package dev.vigil.connectors.kubernetes;

/**
 * What a pod uses now: CPU in cores (averaged over the source's rate window) and memory as the
 * working set in bytes, summed over its containers. NaN when the source has no figure.
 */
public record PodUsage(double cpuCores, double memoryBytes) {
}
