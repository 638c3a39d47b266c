package dev.vigil.views.alerts;

import dev.vigil.connectors.alerting.Alert;

import java.util.Collection;

/** How many alerts are in each state, for the summary chips and the sidebar badge. */
public record AlertCounts(int open, int acknowledged, int snoozed, int closed) {

    public static final AlertCounts NONE = new AlertCounts(0, 0, 0, 0);

    static AlertCounts of(Collection<AlertRow> rows) {
        int open = 0;
        int ack = 0;
        int snoozed = 0;
        int closed = 0;
        for (AlertRow r : rows) {
            Alert a = r.alert();
            switch (a.status()) {
                case OPEN -> open++;
                case ACKNOWLEDGED -> ack++;
                case SNOOZED -> snoozed++;
                case CLOSED -> closed++;
            }
        }
        return new AlertCounts(open, ack, snoozed, closed);
    }
}
