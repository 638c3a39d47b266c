package dev.vigil.connectors.demo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The drills the demo fleet knows. Offsets are drill time at 1×: a symptom shows first, the page
 * comes a minute or two later, as monitoring with "for: 5m" rules pages in real life (compressed).
 */
public final class DrillScenarios {

    private DrillScenarios() {
    }

    private static Duration s(int seconds) {
        return Duration.ofSeconds(seconds);
    }

    public static final DrillScenario PAYMENTS_LATENCY = new DrillScenario(
            "payments-latency", "Slow payments",
            "Customers start to wait at the payment step. Find out why, and make it stop.",
            "Rollout 4.18.0 of payments dropped the index idx_ledger_account in a migration: every payment runs a "
                    + "sequential scan on ledger_entries. p99 went from ~0.5 s to ~3 s; checkout waits on it.",
            "Roll payments back to 4.17.2 (kubectl rollout undo deployment/payments -n payments), then restore the index.",
            "payments",
            List.of(new ClusterStep.Rollout(s(0), "payments", "registry.demo/payments:4.18.0")),
            List.of(FigureEffect.ramp(PodScope.service("payments"), FleetFigure.LATENCY, 6.0, s(15), s(60)),
                    FigureEffect.ramp(PodScope.service("payments"), FleetFigure.ERRORS, 6.0, s(45), s(60)),
                    FigureEffect.ramp(PodScope.service("payments"), FleetFigure.CPU, 1.8, s(15), s(60)),
                    FigureEffect.ramp(PodScope.service("checkout"), FleetFigure.LATENCY, 2.5, s(20), s(60))),
            List.of(new DrillLog(PodScope.service("payments"), "WARN",
                            "slow query table=ledger_entries plan=seq_scan rows=4812233 duration_ms=2412 "
                                    + "hint=\"index idx_ledger_account missing\"", 0.5, s(15)),
                    new DrillLog(PodScope.service("checkout"), "WARN",
                            "upstream slow service=payments duration_ms=2730 budget_ms=3000", 0.25, s(25))),
            List.of(new DrillAlert("PaymentsLatencyHigh", s(75), 2, "payments", "payments p99 latency above 1s",
                    "The 99th percentile of payments request latency has been above 1 s for 5 minutes.",
                    Map.of("alertname", "PaymentsLatencyHigh", "severity", "critical", "namespace", "payments",
                            "service", "payments", "runbook_url", "https://runbooks.demo/payments/latency"))),
            EvidenceMarkers.of("4.18.0", "ledger_entries", "idx_ledger_account", "seq_scan"));

    public static final DrillScenario CHECKOUT_OOM = new DrillScenario(
            "checkout-oom", "Checkout keeps restarting",
            "Orders fail now and then, and the on-call channel says checkout looks unstable.",
            "Checkout 5.3.0 turned on the in-memory cart cache without a size limit: two replicas fill their 1 GiB "
                    + "limit within a minute and are OOMKilled, over and over (CrashLoopBackOff).",
            "Roll checkout back to 5.2.0, or set cart-cache.max-entries and raise the memory limit; then watch restarts stop.",
            "checkout",
            List.of(new ClusterStep.Rollout(s(0), "checkout", "registry.demo/checkout:5.3.0"),
                    new ClusterStep.CrashLoop(s(40), PodScope.replicas("checkout", 1, 3), "OOMKilled", s(45))),
            List.of(FigureEffect.sawtooth(PodScope.replicas("checkout", 1, 3), FleetFigure.MEMORY, 2.3, s(0), s(45)),
                    FigureEffect.ramp(PodScope.replicas("checkout", 1, 3), FleetFigure.ERRORS, 40.0, s(40), s(10)),
                    FigureEffect.ramp(PodScope.service("gateway"), FleetFigure.ERRORS, 6.0, s(40), s(20))),
            List.of(new DrillLog(PodScope.replicas("checkout", 1, 3), "ERROR",
                            "java.lang.OutOfMemoryError: Java heap space at cart.CartCache.put(CartCache.java:88) "
                                    + "cache_entries=1822734 max_entries=unbounded", 0.6, s(35)),
                    new DrillLog(PodScope.service("gateway"), "WARN",
                            "upstream reset service=checkout error=\"connection reset by peer\"", 0.2, s(40))),
            List.of(new DrillAlert("KubePodCrashLooping", s(90), 2, "checkout", "checkout pods are crash looping",
                    "Pods of deployment shop/checkout restarted more than 3 times in 10 minutes (last reason: OOMKilled).",
                    Map.of("alertname", "KubePodCrashLooping", "severity", "critical", "namespace", "shop",
                            "service", "checkout", "runbook_url", "https://runbooks.demo/k8s/crashloop"))),
            EvidenceMarkers.of("oomkilled", "outofmemoryerror", "cart.cartcache", "5.3.0"));

    public static final DrillScenario GATEWAY_CERTIFICATE = new DrillScenario(
            "gateway-certificate", "Trouble at the edge",
            "A warning about the edge arrives. Nothing has been deployed today.",
            "The TLS certificate of api.demo.example on the gateway expired: its renewal job had been failing "
                    + "silently for weeks. Clients fail the handshake; nothing changed in the cluster.",
            "Renew the certificate (cert-manager: kubectl cert-manager renew gateway-tls -n edge) and fix the renewal job's DNS challenge.",
            "gateway",
            List.of(),
            List.of(FigureEffect.ramp(PodScope.service("gateway"), FleetFigure.ERRORS, 120.0, s(90), s(15)),
                    FigureEffect.ramp(PodScope.service("gateway"), FleetFigure.TRAFFIC, 0.55, s(90), s(15))),
            List.of(new DrillLog(PodScope.service("gateway"), "WARN",
                            "certificate expires soon host=api.demo.example remaining=2h renewal=failed "
                                    + "reason=\"acme: DNS-01 challenge failed\"", 0.05, s(0)),
                    new DrillLog(PodScope.service("gateway"), "ERROR",
                            "TLS handshake error: x509: certificate has expired or is not yet valid "
                                    + "(api.demo.example)", 0.3, s(90))),
            List.of(new DrillAlert("CertificateExpiringSoon", s(5), 3, "gateway", "TLS certificate of api.demo.example expires soon",
                            "The certificate served by the gateway for api.demo.example expires in less than 2 hours; "
                                    + "its last renewal attempt failed.",
                            Map.of("alertname", "CertificateExpiringSoon", "severity", "warning", "namespace", "edge",
                                    "service", "gateway", "runbook_url", "https://runbooks.demo/edge/certificates")),
                    new DrillAlert("GatewayTLSHandshakeErrors", s(110), 1, "gateway", "gateway TLS handshakes failing",
                            "More than 20 % of TLS handshakes on the gateway failed in the last 5 minutes.",
                            Map.of("alertname", "GatewayTLSHandshakeErrors", "severity", "critical", "namespace", "edge",
                                    "service", "gateway"))),
            EvidenceMarkers.of("x509", "certificate has expired", "acme"));

    public static final DrillScenario NOISY_NEIGHBOUR = new DrillScenario(
            "noisy-neighbour", "Search is sluggish",
            "Search gets slow for some users but not others.",
            "A reindex batch job was scheduled onto the node of a search replica without CPU limits; it takes the "
                    + "node's cores and the search pods beside it are throttled.",
            "Move the job off the node (cordon it, delete the job's pod) and give batch jobs CPU limits or their own node pool.",
            "search",
            List.of(new ClusterStep.AddPod(s(0), "batch", "reindex-job", "Job", "reindex-job", PodScope.nodeOf("search", 0))),
            List.of(FigureEffect.ramp(PodScope.nodeOf("search", 0), FleetFigure.CPU, 3.0, s(10), s(40)),
                    FigureEffect.ramp(new PodScope("search", java.util.Set.of(), "search#0"), FleetFigure.LATENCY, 7.0, s(15), s(45))),
            List.of(new DrillLog(new PodScope("search", java.util.Set.of(), "search#0"), "WARN",
                    "request slow duration_ms=1840 cpu_throttled_periods_pct=62", 0.8, s(20))),
            List.of(new DrillAlert("CPUThrottlingHigh", s(80), 3, "search", "search pods CPU-throttled",
                    "More than 50 % of CFS periods of search containers were throttled over the last 5 minutes.",
                    Map.of("alertname", "CPUThrottlingHigh", "severity", "warning", "namespace", "shop",
                            "service", "search", "runbook_url", "https://runbooks.demo/k8s/cpu-throttling"))),
            EvidenceMarkers.of("reindex", "cpu_throttled"));

    public static final List<DrillScenario> ALL = List.of(PAYMENTS_LATENCY, CHECKOUT_OOM, GATEWAY_CERTIFICATE, NOISY_NEIGHBOUR);

    public static Optional<DrillScenario> find(String id) {
        return ALL.stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
