package dev.vigil.connectors.logs;

import java.util.List;

/** The most frequent values of the service, level and pod fields among the lines a query matches. */
public record LogFacets(List<Facet> services, List<Facet> levels, List<Facet> pods) {

    public LogFacets {
        services = List.copyOf(services);
        levels = List.copyOf(levels);
        pods = List.copyOf(pods);
    }

    public static final LogFacets EMPTY = new LogFacets(List.of(), List.of(), List.of());

    /** One value and how many matching lines carry it. */
    public record Facet(String value, long count) {
    }
}
