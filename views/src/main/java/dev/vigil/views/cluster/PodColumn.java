package dev.vigil.views.cluster;

import dev.vigil.connectors.kubernetes.PodSummary;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The pods table's columns as the view model sorts them. Each compares pods on the pod's own fields
 * (no cell wrappers, no key strings built), written out rather than chained from key extractors:
 * a sort of 50,000 rows makes close to a million comparisons, so each one has to be cheap. Every
 * {@link #order} ends with namespace and name, so it is total, which the rows' binary search needs.
 */
enum PodColumn {
    NAMESPACE("Namespace"),
    NAME("Name"),
    READY("Ready"),
    STATUS("Status"),
    RESTARTS("Restarts"),
    AGE("Age"),
    CPU("CPU"),
    MEMORY("Memory"),
    NODE("Node"),
    IP("IP"),
    OWNER("Owner");

    /** One column of a sort, as the table's header shows it. */
    record SortKey(PodColumn column, boolean ascending) {
    }

    /** Sick first: the default order puts what needs looking at on top. */
    static final List<SortKey> DEFAULT_SORT = List.of(new SortKey(STATUS, true));

    private final String title;

    PodColumn(String title) {
        this.title = title;
    }

    String title() {
        return title;
    }

    /** Worst first. */
    static int healthRank(PodSummary p) {
        return switch (p.health()) {
            case FAILING -> 0;
            case PENDING -> 1;
            case NOT_READY -> 2;
            case TERMINATING -> 3;
            case RUNNING -> 4;
            case COMPLETED -> 5;
        };
    }

    /** Ascending comparison on this column; pods without a CPU or memory figure compare as larger. */
    int compare(PodSummary a, PodSummary b, PodUsageTable usage) {
        return switch (this) {
            case NAMESPACE -> text(a.namespace(), b.namespace());
            case NAME -> text(a.name(), b.name());
            case READY -> Double.compare(readyRatio(a), readyRatio(b));
            case STATUS -> {
                int c = Integer.compare(healthRank(a), healthRank(b));
                yield c != 0 ? c : text(a.status(), b.status());
            }
            case RESTARTS -> Integer.compare(a.restarts(), b.restarts());
            case AGE -> age(a.created(), b.created());
            case CPU -> figure(usage.cpu(a), usage.cpu(b));
            case MEMORY -> figure(usage.memory(a), usage.memory(b));
            case NODE -> text(a.node(), b.node());
            case IP -> text(a.ip(), b.ip());
            case OWNER -> {
                int c = text(a.ownerKind(), b.ownerKind());
                yield c != 0 ? c : text(a.ownerName(), b.ownerName());
            }
        };
    }

    private boolean missingLast() {
        return this == CPU || this == MEMORY;
    }

    private static double readyRatio(PodSummary p) {
        return p.containers() == 0 ? 1 : (double) p.ready() / p.containers();
    }

    /** Strings compare by content, nulls first; shared (interned) strings skip the character walk. */
    private static int text(String x, String y) {
        if (x == y) {
            return 0;
        }
        if (x == null || y == null) {
            return x == null ? -1 : 1;
        }
        return x.compareTo(y);
    }

    /** Younger first for an ascending age; unknown creation last. */
    private static int age(Instant x, Instant y) {
        if (x == y) {
            return 0;
        }
        if (x == null || y == null) {
            return x == null ? 1 : -1;
        }
        return y.compareTo(x);
    }

    private static int figure(double x, double y) {
        boolean nx = Double.isNaN(x);
        boolean ny = Double.isNaN(y);
        if (nx || ny) {
            return Boolean.compare(nx, ny);
        }
        return Double.compare(x, y);
    }

    /** The sort as a total order: the keys in turn, then namespace and name. */
    static Comparator<PodSummary> order(List<SortKey> keys, PodUsageTable usage) {
        SortKey[] k = keys.toArray(SortKey[]::new);
        return (a, b) -> {
            for (SortKey key : k) {
                int c = key.column().compare(a, b, usage);
                if (c != 0) {
                    // Missing CPU or memory figures stay last in both directions.
                    boolean missing = key.column().missingLast() && (Double.isNaN(key.column() == CPU ? usage.cpu(a) : usage.memory(a))
                            || Double.isNaN(key.column() == CPU ? usage.cpu(b) : usage.memory(b)));
                    return key.ascending() || missing ? c : -c;
                }
            }
            int c = text(a.namespace(), b.namespace());
            return c != 0 ? c : text(a.name(), b.name());
        };
    }

    static boolean usesUsage(List<SortKey> keys) {
        return keys.stream().anyMatch(k -> k.column() == CPU || k.column() == MEMORY);
    }
}
