package dev.vigil.incidents.metrics;

import dev.vigil.environments.Environment;
import dev.vigil.environments.EnvironmentsConfig;
import dev.vigil.environments.ReliabilitySettings;
import dev.vigil.environments.ServiceSpec;
import dev.vigil.incidents.Severity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Computes a {@link ReliabilityReport} from incident facts, following shared/specs/reliability-metrics.md. */
public final class ReportCalculator {

    private final ReliabilitySettings settings;
    private final Map<String, Double> availabilityTargets;

    /** {@code availabilityTargets}: per-service targets; services not in it get the settings' default. */
    public ReportCalculator(ReliabilitySettings settings, Map<String, Double> availabilityTargets) {
        this.settings = settings;
        this.availabilityTargets = Map.copyOf(availabilityTargets);
    }

    /** Targets from an environments file: its reliability settings, and each service's target (first environment naming one wins). */
    public static ReportCalculator from(EnvironmentsConfig config) {
        Map<String, Double> targets = new HashMap<>();
        for (Environment env : config.environments()) {
            for (ServiceSpec s : env.services()) {
                if (s.availabilityTarget() != null) {
                    targets.putIfAbsent(s.name(), s.availabilityTarget());
                }
            }
        }
        return new ReportCalculator(config.reliability(), targets);
    }

    public Set<Severity> outageSeverities() {
        return settings.outageSeverities();
    }

    public double availabilityTarget(String service) {
        return availabilityTargets.getOrDefault(service, settings.defaultAvailabilityTarget());
    }

    /**
     * @param candidates    every incident that may count: at least those detected in the window and the
     *                      outage incidents whose downtime can touch it (more is harmless)
     * @param storeServices every service with an incident in the store, whatever the window
     */
    public ReliabilityReport compute(ReportWindow w, ReportFilter filter, Collection<IncidentFacts> candidates,
                                     Collection<String> storeServices) {
        long from = w.fromMillis(), to = w.toMillis();
        Map<String, OutageFigures> outages = new TreeMap<>();
        for (String s : new TreeSet<>(storeServices)) {
            if (filter.passesService(s)) {
                outages.put(s, new OutageFigures());
            }
        }
        List<IncidentReading> counted = new ArrayList<>();
        for (IncidentFacts f : candidates) {
            IncidentReading r = IncidentReading.of(f, to);
            if (!r.exists() || !filter.passesService(f.service())) {
                continue; // detected at or after `to`: it does not exist yet for this report
            }
            // The severity filter never narrows downtime: outage severities are their own rule.
            if (settings.outageSeverities().contains(f.severity())) {
                outages.computeIfAbsent(f.service(), s -> new OutageFigures()).add(r, w);
            }
            if (r.detected() >= from && filter.passesSeverity(f.severity())) {
                counted.add(r);
            }
        }
        Map<String, ServiceFigures> services = new TreeMap<>();
        outages.forEach((s, o) -> services.put(s, o.figures(w, availabilityTarget(s))));
        ResponseFigures all = ResponseFigures.of(counted, settings, to);
        Map<Severity, SeverityFigures> bySeverity = new EnumMap<>(Severity.class);
        for (Severity sev : Severity.values()) {
            List<IncidentReading> ofSev = counted.stream().filter(r -> r.severity() == sev).toList();
            if (!ofSev.isEmpty()) {
                ResponseFigures f = ResponseFigures.of(ofSev, settings, to);
                bySeverity.put(sev, new SeverityFigures(ofSev.size(), f.mtta(), f.mttr()));
            }
        }
        return new ReliabilityReport(w.from(), w.to(), counted.size(), all.mttd(), all.mtta(), all.mttc(), all.mttr(),
                all.sla(), services, bySeverity);
    }
}
