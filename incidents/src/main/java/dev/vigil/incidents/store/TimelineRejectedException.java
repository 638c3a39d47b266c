package dev.vigil.incidents.store;

/** A write refused because the timeline would break a lifecycle rule; the message is the rule's reason. */
public class TimelineRejectedException extends IllegalArgumentException {
    public TimelineRejectedException(String reason) {
        super(reason);
    }
}
