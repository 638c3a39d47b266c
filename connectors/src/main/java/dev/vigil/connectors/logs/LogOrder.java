package dev.vigil.connectors.logs;

/** Which end of the time range a search starts from. */
public enum LogOrder {
    NEWEST_FIRST,
    OLDEST_FIRST
}
