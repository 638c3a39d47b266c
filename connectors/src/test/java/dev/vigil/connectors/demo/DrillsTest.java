package dev.vigil.connectors.demo;

import dev.vigil.connectors.kubernetes.PodHealth;
import dev.vigil.connectors.kubernetes.PodSummary;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Each drill's symptoms, in figures, the cluster and alerts, and how they end. */
class DrillsTest {

    private static final Instant START = Instant.parse("2026-11-22T14:00:00Z");
    private final DemoFleet fleet = new DemoFleet(DemoFleet.DEFAULT_SEED, START);
    private final DemoClusterState cluster = new DemoClusterState(fleet, Clock.fixed(START, ZoneOffset.UTC));
    private final DrillClusterEffects effects = new DrillClusterEffects(fleet, cluster);

    private static Instant at(int seconds) {
        return START.plusSeconds(seconds);
    }

    private DemoPod replica(String service, int ordinal) {
        return fleet.pods(service).stream().filter(p -> p.ordinal() == ordinal).findFirst().orElseThrow();
    }

    @Test
    void everyScenarioPagesSomeoneAndTouchesTheFigures() {
        assertThat(DrillScenarios.ALL).hasSize(4);
        for (DrillScenario d : DrillScenarios.ALL) {
            assertThat(d.alerts()).as(d.id()).isNotEmpty();
            assertThat(d.effects()).as(d.id()).isNotEmpty();
            assertThat(d.logs()).as(d.id()).isNotEmpty();
            assertThat(fleet.service(d.service())).as(d.id()).isPresent();
        }
    }

    @Test
    void paymentsLatencyRisesAfterTheRolloutAndCheckoutFeelsItButNotSearch() {
        double early = fleet.latencyMs("payments", 0.99, at(10));
        double payments = fleet.latencyMs("payments", 0.99, at(120));
        double checkout = fleet.latencyMs("checkout", 0.99, at(120));
        double search = fleet.latencyMs("search", 0.99, at(120));

        fleet.drills().start(DrillScenarios.PAYMENTS_LATENCY, START, 1);

        assertThat(fleet.latencyMs("payments", 0.99, at(10))).as("before the symptom starts").isEqualTo(early);
        assertThat(fleet.latencyMs("payments", 0.99, at(120))).isCloseTo(payments * 6, within(payments * 0.01));
        assertThat(fleet.latencyMs("checkout", 0.99, at(120))).isGreaterThan(checkout * 2);
        assertThat(fleet.latencyMs("search", 0.99, at(120))).isEqualTo(search);
    }

    @Test
    void anEndedDrillStopsItsSymptomsButHistoryKeepsTheSpike() {
        double before = fleet.latencyMs("payments", 0.99, at(100));
        fleet.drills().start(DrillScenarios.PAYMENTS_LATENCY, START, 1);
        fleet.drills().end(at(200));

        assertThat(fleet.latencyMs("payments", 0.99, at(100))).isGreaterThan(before * 4);
        assertThat(fleet.latencyMs("payments", 0.99, at(260))).isLessThan(before * 1.2);
        assertThat(fleet.drills().current()).isEmpty();
    }

    @Test
    void aFasterDrillPagesSooner() {
        DrillRun run = fleet.drills().start(DrillScenarios.PAYMENTS_LATENCY, START, 10);

        assertThat(run.firing(at(7))).isEmpty();
        assertThat(run.firing(at(8))).singleElement().satisfies(f -> {
            assertThat(f.alert().key()).isEqualTo("PaymentsLatencyHigh");
            assertThat(f.at()).isEqualTo(START.plusMillis(7_500));
        });
        assertThat(run.firstPageAt(at(8))).contains(START.plusMillis(7_500));
    }

    @Test
    void theRolloutShowsAsANewRevisionWithTheNewImage() {
        fleet.drills().start(DrillScenarios.PAYMENTS_LATENCY, START, 1);

        DemoClusterState.Change change = effects.advance(at(1));

        assertThat(change.deployments()).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("payments");
            assertThat(d.revision()).isEqualTo(4);
            assertThat(d.images()).containsExactly("registry.demo/payments:4.18.0");
        });
        assertThat(cluster.history("payments", "payments").getFirst().images()).containsExactly("registry.demo/payments:4.18.0");
        assertThat(change.events()).anySatisfy(e -> assertThat(e.message()).contains("4.18.0"));
        assertThat(effects.advance(at(2)).isEmpty()).as("a step happens once").isTrue();
        DemoPod p = replica("payments", 0);
        assertThat(cluster.details(p.namespace(), p.name()).orElseThrow().containers().getFirst().image()).endsWith(":4.18.0");
    }

    @Test
    void checkoutReplicasAreOomKilledOnScheduleAndRecoverWhenTheDrillEnds() {
        fleet.drills().start(DrillScenarios.CHECKOUT_OOM, START, 1);
        DemoPod victim = replica("checkout", 1);
        DemoPod bystander = replica("checkout", 2);
        int restartsBefore = cluster.pod(victim.key()).restarts();

        effects.advance(at(30));
        assertThat(cluster.pod(victim.key()).health()).as("before the first kill").isEqualTo(PodHealth.RUNNING);

        effects.advance(at(41));
        PodSummary killed = cluster.pod(victim.key());
        assertThat(killed.status()).isEqualTo("OOMKilled");
        assertThat(killed.restarts()).isEqualTo(restartsBefore + 1);

        effects.advance(at(60));
        assertThat(cluster.pod(victim.key()).statusText()).isEqualTo("CrashLoopBackOff · OOMKilled");
        effects.advance(at(131));
        assertThat(cluster.pod(victim.key()).restarts()).isEqualTo(restartsBefore + 3);
        assertThat(cluster.pod(bystander.key()).health()).isEqualTo(PodHealth.RUNNING);
        assertThat(cluster.events()).anySatisfy(e -> assertThat(e.reason()).isEqualTo("OOMKilling"));

        fleet.drills().end(at(140));
        effects.advance(at(141));
        PodSummary after = cluster.pod(victim.key());
        assertThat(after.health()).isEqualTo(PodHealth.RUNNING);
        assertThat(after.restarts()).as("restarts are history").isEqualTo(restartsBefore + 3);
    }

    @Test
    void aCrashLoopFollowsAReplicaToThePodThatReplacedIt() {
        fleet.drills().start(DrillScenarios.CHECKOUT_OOM, START, 1);
        DemoPod victim = replica("checkout", 3);
        effects.advance(at(41));
        cluster.deletePod(victim.namespace(), victim.name());

        effects.advance(at(90));

        PodSummary replacement = cluster.pod(cluster.currentKey(victim.key()));
        assertThat(replacement.name()).isNotEqualTo(victim.name());
        assertThat(replacement.health()).isEqualTo(PodHealth.FAILING);
    }

    @Test
    void theNoisyNeighbourLandsOnTheSearchReplicasNodeAndItsNeighboursSlowDown() {
        DemoPod search0 = replica("search", 0);
        double cpuBefore = fleet.cpuCores(search0, at(100));
        double otherSearchLatency = fleet.pods("search").stream().filter(p -> !p.node().equals(search0.node()))
                .findFirst().map(p -> fleet.latencyMs(p, 0.99, at(100))).orElseThrow();

        fleet.drills().start(DrillScenarios.NOISY_NEIGHBOUR, START, 1);
        DemoClusterState.Change change = effects.advance(at(1));

        assertThat(change.pods()).singleElement().satisfies(p -> {
            assertThat(p.ownerKind()).isEqualTo("Job");
            assertThat(p.node()).isEqualTo(search0.node());
            assertThat(p.name()).startsWith("reindex-job-");
        });
        assertThat(fleet.cpuCores(search0, at(100))).isCloseTo(cpuBefore * 3, within(cpuBefore * 0.01));
        assertThat(fleet.pods("search").stream().filter(p -> !p.node().equals(search0.node()))
                .findFirst().map(p -> fleet.latencyMs(p, 0.99, at(100))).orElseThrow()).isEqualTo(otherSearchLatency);

        fleet.drills().end(at(200));
        DemoClusterState.Change end = effects.advance(at(201));
        assertThat(end.removed()).singleElement().asString().startsWith("batch/reindex-job-");
    }

    @Test
    void theCertificateDrillWarnsFirstAndPagesWhenItExpires() {
        double errors = fleet.errorRatio("gateway", at(120));
        DrillRun run = fleet.drills().start(DrillScenarios.GATEWAY_CERTIFICATE, START, 1);

        assertThat(run.firing(at(30))).extracting(f -> f.alert().priority()).containsExactly(3);
        assertThat(run.firing(at(120))).extracting(f -> f.alert().priority()).containsExactly(3, 1);
        assertThat(fleet.errorRatio("gateway", at(120))).isCloseTo(errors * 120, within(errors));
        assertThat(effects.advance(at(120)).isEmpty()).as("nothing changed in the cluster").isTrue();
    }

    @Test
    void theCauseIsFoundByEvidenceThatNamesItNotByTheAlert() {
        EvidenceMarkers m = DrillScenarios.PAYMENTS_LATENCY.markers();

        assertThat(m.matches("pod", "pod payments/payments-x Running", "image registry.demo/payments:4.18.0")).isTrue();
        assertThat(m.matches("log_query", "logs: service:payments", "WARN slow query table=ledger_entries plan=seq_scan")).isTrue();
        assertThat(m.matches("alert", "payments p99 latency above 1s", "4.18.0")).isFalse();
        assertThat(m.matches("metric_snapshot", "Latency p99 of payments", "")).isFalse();
    }

    @Test
    void startingADrillWhileOneRunsEndsTheFirst() {
        DrillRun first = fleet.drills().start(DrillScenarios.PAYMENTS_LATENCY, START, 1);
        List<DrillRun> heard = new java.util.ArrayList<>();
        fleet.drills().listen(heard::add);

        DrillRun second = fleet.drills().start(DrillScenarios.NOISY_NEIGHBOUR, at(60), 1);

        assertThat(heard).extracting(DrillRun::serial, DrillRun::running)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first.serial(), false), org.assertj.core.groups.Tuple.tuple(second.serial(), true));
        assertThat(fleet.drills().current()).contains(second);
        assertThat(Duration.between(START, fleet.drills().runs().getFirst().endedAt())).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void theDrillsLogLinesCarryTheCauseWithTheRequestsTraceAndOnlyWhileItRuns() {
        DemoLogs logs = new DemoLogs(fleet);
        List<DemoLogLine> quiet = logs.between(at(60), at(90), Duration.ofMillis(100));

        fleet.drills().start(DrillScenarios.PAYMENTS_LATENCY, START, 1);
        List<DemoLogLine> during = logs.between(at(60), at(90), Duration.ofMillis(100));

        List<DemoLogLine> slowQueries = during.stream().filter(l -> l.message().contains("ledger_entries")).toList();
        assertThat(slowQueries).isNotEmpty().allSatisfy(l -> {
            assertThat(l.service()).isEqualTo("payments");
            assertThat(l.level()).isEqualTo("WARN");
        });
        String trace = slowQueries.getFirst().traceId();
        assertThat(during).filteredOn(l -> l.traceId().equals(trace)).extracting(DemoLogLine::service).contains("gateway", "checkout");
        assertThat(quiet).noneMatch(l -> l.message().contains("ledger_entries"));
        fleet.drills().end(at(120));
        assertThat(logs.between(at(130), at(160), Duration.ofMillis(100))).noneMatch(l -> l.message().contains("ledger_entries"));
        assertThat(logs.between(at(60), at(90), Duration.ofMillis(100))).as("the drill's past stays in the logs")
                .anyMatch(l -> l.message().contains("ledger_entries"));
    }

    @Test
    void crashingCheckoutReplicasFailRequestsThatTheGatewayAnswersWith502() {
        fleet.drills().start(DrillScenarios.CHECKOUT_OOM, START, 1);

        List<DemoLogLine> lines = new DemoLogs(fleet).between(at(60), at(120), Duration.ofMillis(50));

        assertThat(lines).anyMatch(l -> l.service().equals("checkout") && l.message().contains("OutOfMemoryError"));
        List<String> failedTraces = lines.stream().filter(l -> l.service().equals("checkout") && l.message().startsWith("request failed"))
                .map(DemoLogLine::traceId).toList();
        assertThat(failedTraces).isNotEmpty();
        assertThat(lines).anyMatch(l -> l.traceId().equals(failedTraces.getFirst()) && l.service().equals("gateway")
                && l.message().contains("status=502"));
    }
}
