package dev.vigil.incidents.io;

/**
 * One timeline event of an import file, still as text; {@code where} names its place in the file.
 * {@code environment} comes only from JSON exports. {@code problem} is set when the row could not even
 * be split into its columns.
 */
record IncidentRow(String where, String incidentId, String service, String severity, String title, String event,
                   String at, String author, String text, String source, String environment, String problem) {

    static IncidentRow malformed(String where, String incidentId, String problem) {
        return new IncidentRow(where, incidentId, null, null, null, null, null, null, null, null, null, problem);
    }
}
