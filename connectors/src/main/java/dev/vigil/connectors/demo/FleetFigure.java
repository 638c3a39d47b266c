package dev.vigil.connectors.demo;

/** The figures of the simulated fleet that a drill can push around. */
public enum FleetFigure {
    /** Requests a pod takes. */
    TRAFFIC,
    /** How long requests take. */
    LATENCY,
    /** The share of requests that fail. */
    ERRORS,
    /** CPU cores used. */
    CPU,
    /** Working-set memory. */
    MEMORY
}
