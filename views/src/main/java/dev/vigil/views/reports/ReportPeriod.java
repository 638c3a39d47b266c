package dev.vigil.views.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;

/** The windows a manager picks most, ending now (UTC); CUSTOM takes typed dates. */
public enum ReportPeriod {
    LAST_7_DAYS("7 days"), LAST_30_DAYS("30 days"), LAST_90_DAYS("90 days"), QUARTER_TO_DATE("Quarter"), CUSTOM("Custom");

    private final String label;

    ReportPeriod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The window's start for a window ending at {@code now}; undefined for CUSTOM. */
    public Instant from(Instant now) {
        return switch (this) {
            case LAST_7_DAYS -> now.minus(7, ChronoUnit.DAYS);
            case LAST_30_DAYS -> now.minus(30, ChronoUnit.DAYS);
            case LAST_90_DAYS, CUSTOM -> now.minus(90, ChronoUnit.DAYS);
            case QUARTER_TO_DATE -> {
                LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
                LocalDate start = today.with(IsoFields.DAY_OF_QUARTER, 1);
                yield start.atStartOfDay().toInstant(ZoneOffset.UTC);
            }
        };
    }
}
