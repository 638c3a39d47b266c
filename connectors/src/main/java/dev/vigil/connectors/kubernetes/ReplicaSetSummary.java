package dev.vigil.connectors.kubernetes;

/**
 * What the section keeps of a replica set: the deployment that controls it (null if none) and the
 * revision it holds (for the revision history and a pod's owner chain).
 */
record ReplicaSetSummary(String namespace, String deployment, RevisionSummary revision) {
}
