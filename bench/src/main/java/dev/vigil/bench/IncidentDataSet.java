package dev.vigil.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic, realistic incident history as the import CSV: detection times spread over two years,
 * severities skewed towards the minor ones, response times drawn per severity with long tails, some
 * reopened outages, notes and closures. Same seed, same file.
 */
final class IncidentDataSet {

    static final String[] SERVICES = {"gateway", "checkout", "payments", "search", "accounts", "notifications",
            "catalog", "shipping"};
    static final Instant END = Instant.parse("2026-11-01T00:00:00Z");
    static final Duration SPAN = Duration.ofDays(730);

    private IncidentDataSet() {
    }

    /** Writes {@code incidents} incidents and returns how many event rows were written. */
    static long write(Path file, int incidents, long seed) throws IOException {
        Random r = new Random(seed);
        long start = END.minus(SPAN).toEpochMilli();
        long rows = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("incident_id,service,severity,title,event,at\n");
            List<String[]> events = new ArrayList<>(12);
            for (int i = 0; i < incidents; i++) {
                events.clear();
                String service = SERVICES[(int) Math.min(SERVICES.length - 1, Math.abs(r.nextGaussian()) * 3)];
                int sev = pickSeverity(r);
                long detected = start + (long) (r.nextDouble() * SPAN.toMillis());
                long scale = switch (sev) { case 1 -> 60_000L; case 2 -> 180_000L; case 3 -> 900_000L; default -> 3_600_000L; };
                if (r.nextDouble() < 0.8) {
                    events.add(ev("impact_started", detected - (long) (r.nextDouble() * 10 * scale)));
                }
                events.add(ev("detected", detected));
                long ack = detected + tail(r, scale * 3);
                if (r.nextDouble() < 0.95) {
                    events.add(ev("acknowledged", ack));
                }
                long contained = ack + tail(r, scale * 10);
                if (r.nextDouble() < 0.7) {
                    events.add(ev("contained", contained));
                }
                long resolved = contained + tail(r, scale * 20);
                events.add(ev("resolved", resolved));
                if (r.nextDouble() < 0.05) {
                    long reopened = resolved + tail(r, scale * 30);
                    events.add(ev("reopened", reopened));
                    resolved = reopened + tail(r, scale * 10);
                    events.add(ev("resolved", resolved));
                }
                for (int n = r.nextInt(3); n > 0; n--) {
                    events.add(ev("note", detected + (long) (r.nextDouble() * (resolved - detected))));
                }
                if (r.nextDouble() < 0.6) {
                    events.add(ev("closed", resolved + tail(r, 86_400_000L)));
                }
                String prefix = "INC-" + (i + 1) + "," + service + ",SEV" + sev + "," + service + " degraded ("
                        + (i % 17) + "),";
                for (String[] e : events) {
                    w.write(prefix);
                    w.write(e[0]);
                    w.write(',');
                    w.write(e[1]);
                    w.write('\n');
                    rows++;
                }
            }
        }
        return rows;
    }

    private static int pickSeverity(Random r) {
        double x = r.nextDouble();
        return x < 0.05 ? 1 : x < 0.20 ? 2 : x < 0.60 ? 3 : 4;
    }

    /** A positive duration around {@code scale} with an exponential tail, at least one second. */
    private static long tail(Random r, long scale) {
        return 1000 + (long) (-Math.log(1 - r.nextDouble()) * scale);
    }

    private static String[] ev(String kind, long at) {
        return new String[]{kind, Instant.ofEpochMilli(at).toString()};
    }
}
