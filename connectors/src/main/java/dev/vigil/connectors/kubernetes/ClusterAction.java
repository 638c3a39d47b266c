package dev.vigil.connectors.kubernetes;

/** The actions Vigil offers on a cluster, with the permission each needs (for a SelfSubjectAccessReview). */
public enum ClusterAction {
    DELETE_POD("Delete pod", "delete", "", "pods", ""),
    RESTART_DEPLOYMENT("Rollout restart", "patch", "apps", "deployments", ""),
    SCALE_DEPLOYMENT("Scale", "patch", "apps", "deployments", "");

    private final String title;
    private final String verb;
    private final String group;
    private final String resource;
    private final String subresource;

    ClusterAction(String title, String verb, String group, String resource, String subresource) {
        this.title = title;
        this.verb = verb;
        this.group = group;
        this.resource = resource;
        this.subresource = subresource;
    }

    public String title() {
        return title;
    }

    public String verb() {
        return verb;
    }

    public String group() {
        return group;
    }

    public String resource() {
        return resource;
    }

    public String subresource() {
        return subresource;
    }

    /** "delete pods" or "update deployments/scale", as RBAC messages say it. */
    public String permission() {
        return verb + " " + resource + (subresource.isEmpty() ? "" : "/" + subresource);
    }
}
