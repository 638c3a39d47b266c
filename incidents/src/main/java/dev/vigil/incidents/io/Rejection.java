package dev.vigil.incidents.io;

/** An incident (or a line) an import refused: where it is in the file, which incident, and why. */
public record Rejection(String where, String incidentId, String reason) {

    /** One line for stderr, e.g. {@code line 14: incident INC-7: resolved at ... is before detected at ...}. */
    public String describe() {
        return where + ": " + (incidentId == null || incidentId.isEmpty() ? "" : "incident " + incidentId + ": ") + reason;
    }
}
