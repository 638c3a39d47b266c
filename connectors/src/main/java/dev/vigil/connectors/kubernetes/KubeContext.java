package dev.vigil.connectors.kubernetes;

import java.nio.file.Path;

/**
 * One context of the merged kubeconfig, as {@code kubectl config get-contexts} lists it.
 *
 * @param namespace the context's default namespace, or null when it sets none
 * @param server    the API server URL of its cluster, or null when the cluster is missing
 * @param file      the kubeconfig file that defines the context
 */
public record KubeContext(String name, String cluster, String user, String namespace, String server, Path file) {
}
