package dev.vigil.incidents.store;

import dev.vigil.incidents.EventKind;
import dev.vigil.incidents.EventSource;
import dev.vigil.incidents.EvidenceKind;
import dev.vigil.incidents.Incident;
import dev.vigil.incidents.IncidentStatus;
import dev.vigil.incidents.Role;
import dev.vigil.incidents.Severity;
import dev.vigil.incidents.TimelineEvent;
import dev.vigil.incidents.metrics.IncidentFacts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static dev.vigil.incidents.EventKind.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The behaviour every store must have; runs once per database (SQLite, PostgreSQL). */
abstract class IncidentStoreContract {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    protected StoreLocation location;
    protected IncidentStore store;

    /** A location no other test uses. */
    protected abstract StoreLocation freshLocation() throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        location = freshLocation();
        store = JdbcIncidentStore.open(location);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    Incident declare(String id, String service, Severity severity) {
        return store.declare(new NewIncident(id, "Checkout errors", service, severity, "prod", T0, "ana",
                EventSource.ALERT, List.of("customer-facing")));
    }

    @Test
    void declaredIncidentStartsInvestigatingWithItsDetectedEvent() {
        Incident i = declare("INC-1", "checkout", Severity.SEV1);

        assertThat(i.status()).isEqualTo(IncidentStatus.INVESTIGATING);
        assertThat(i.detectedAt()).isEqualTo(T0);
        assertThat(i.tags()).containsExactly("customer-facing");
        assertThat(store.timeline("INC-1")).extracting(TimelineEvent::kind, TimelineEvent::at, TimelineEvent::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DETECTED, T0, EventSource.ALERT));
    }

    @Test
    void declaringFromTheWindowStoresImpactStartDetectionAndCommanderTogether() {
        Incident i = store.declare(new NewIncident("INC-7", "Checkout errors", "checkout", Severity.SEV1, "prod", at(10),
                "ana", EventSource.MANUAL, List.of()), at(2), "ana");

        assertThat(i.roles()).containsEntry(dev.vigil.incidents.Role.COMMANDER, "ana");
        assertThat(store.timeline("INC-7")).extracting(TimelineEvent::kind)
                .containsExactly(dev.vigil.incidents.EventKind.IMPACT_STARTED, DETECTED, dev.vigil.incidents.EventKind.ROLE_ASSIGNED);
    }

    @Test
    void anImpactStartAfterDetectionIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> store.declare(new NewIncident("INC-8", "Late impact", "checkout", Severity.SEV2, "prod",
                at(10), "ana", EventSource.MANUAL, List.of()), at(12), null))
                .hasMessageContaining("before impact_started");
        assertThat(store.find("INC-8")).isEmpty();
    }

    @Test
    void lastUpdatesGivesTheNewestRecordedWritePerIncident() {
        declare("INC-1", "checkout", Severity.SEV1);
        declare("INC-2", "payments", Severity.SEV2);
        store.append("INC-2", NewEvent.of(dev.vigil.incidents.EventKind.NOTE, at(5)));

        var updates = store.lastUpdates(List.of("INC-1", "INC-2", "INC-404"));
        assertThat(updates).containsOnlyKeys("INC-1", "INC-2");
        assertThat(updates.get("INC-2")).isAfterOrEqualTo(updates.get("INC-1"));
    }

    @Test
    void declaringAnExistingIdIsRefused() {
        declare("INC-1", "checkout", Severity.SEV1);

        assertThatThrownBy(() -> declare("INC-1", "checkout", Severity.SEV1)).hasMessageContaining("exists already");
    }

    @Test
    void statusFollowsTheTimeline() {
        declare("INC-1", "checkout", Severity.SEV2);
        assertThat(statusAfter(ACKNOWLEDGED, 2)).isEqualTo(IncidentStatus.IDENTIFIED);
        assertThat(statusAfter(CONTAINED, 5)).isEqualTo(IncidentStatus.MONITORING);
        assertThat(statusAfter(NOTE, 6)).isEqualTo(IncidentStatus.MONITORING);
        assertThat(statusAfter(RESOLVED, 10)).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(statusAfter(REOPENED, 12)).isEqualTo(IncidentStatus.INVESTIGATING);
        assertThat(statusAfter(RESOLVED, 20)).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(statusAfter(CLOSED, 60)).isEqualTo(IncidentStatus.CLOSED);
    }

    private IncidentStatus statusAfter(EventKind kind, int minutes) {
        store.append("INC-1", new NewEvent(kind, at(minutes), "ana", null, EventSource.MANUAL));
        return store.find("INC-1").orElseThrow().status();
    }

    @Test
    void resolvingBeforeDetectionIsRefusedWithTheReason() {
        declare("INC-1", "checkout", Severity.SEV1);

        assertThatThrownBy(() -> store.append("INC-1", NewEvent.of(RESOLVED, at(-5))))
                .isInstanceOf(TimelineRejectedException.class).hasMessageContaining("resolved").hasMessageContaining("before detected");
        assertThat(store.timeline("INC-1")).hasSize(1);
    }

    @Test
    void appendingToAnUnknownIncidentFails() {
        assertThatThrownBy(() -> store.append("nope", NewEvent.of(NOTE, T0))).hasMessageContaining("no incident 'nope'");
    }

    @Test
    void editingAnInstantKeepsItsHistory() {
        declare("INC-1", "checkout", Severity.SEV1);
        TimelineEvent ack = store.append("INC-1", NewEvent.of(ACKNOWLEDGED, at(10)));

        TimelineEvent edited = store.editInstant(ack.id(), at(4), "ben");
        store.editInstant(ack.id(), at(3), "cy");

        assertThat(edited.at()).isEqualTo(at(4));
        TimelineEvent now = store.timeline("INC-1").get(1);
        assertThat(now.at()).isEqualTo(at(3));
        assertThat(now.edits()).extracting(e -> e.previousAt(), e -> e.newAt(), e -> e.editedBy()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(at(10), at(4), "ben"),
                org.assertj.core.groups.Tuple.tuple(at(4), at(3), "cy"));
    }

    @Test
    void editThatWouldBreakTheLifecycleIsRefused() {
        declare("INC-1", "checkout", Severity.SEV1);
        TimelineEvent ack = store.append("INC-1", NewEvent.of(ACKNOWLEDGED, at(10)));

        assertThatThrownBy(() -> store.editInstant(ack.id(), at(-1), "ben")).isInstanceOf(TimelineRejectedException.class);
        assertThat(store.timeline("INC-1").get(1).edits()).isEmpty();
    }

    @Test
    void assigningARoleReplacesItsHolderAndIsOnTheTimeline() {
        declare("INC-1", "checkout", Severity.SEV1);

        store.assignRole("INC-1", Role.COMMANDER, "ana", "ana");
        store.assignRole("INC-1", Role.COMMANDER, "ben", "ana");
        store.assignRole("INC-1", Role.SCRIBE, "cy", "ana");

        assertThat(store.find("INC-1").orElseThrow().roles()).containsEntry(Role.COMMANDER, "ben").containsEntry(Role.SCRIBE, "cy");
        assertThat(store.timeline("INC-1")).filteredOn(e -> e.kind() == ROLE_ASSIGNED).extracting(TimelineEvent::text)
                .containsExactlyInAnyOrder("commander: ana", "commander: ben", "scribe: cy");
    }

    @Test
    void pinnedEvidenceAndTagsComeBackWithTheIncident() {
        declare("INC-1", "checkout", Severity.SEV1);

        store.addEvidence("INC-1", new NewEvidence(EvidenceKind.POD, "checkout-7f9 CrashLoopBackOff", "restarts: 14",
                "{\"namespace\":\"shop\",\"pod\":\"checkout-7f9\"}", "ana"));
        store.addTag("INC-1", "payments");
        store.addTag("INC-1", "payments");

        Incident i = store.find("INC-1").orElseThrow();
        assertThat(i.evidence()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EvidenceKind.POD);
            assertThat(e.sourceRef()).contains("checkout-7f9");
            assertThat(e.pinnedBy()).isEqualTo("ana");
        });
        assertThat(i.tags()).containsExactly("customer-facing", "payments");
        assertThat(store.timeline("INC-1")).extracting(TimelineEvent::kind).contains(LINK);
    }

    @Test
    void listFiltersByServiceSeverityStatusAndDetection() {
        declare("A", "checkout", Severity.SEV1);
        declare("B", "search", Severity.SEV3);
        declare("C", "checkout", Severity.SEV3);
        store.append("C", NewEvent.of(RESOLVED, at(30)));

        assertThat(store.list(IncidentQuery.ALL)).hasSize(3);
        assertThat(store.list(IncidentQuery.ALL.withServices(Set.of("checkout")))).extracting(Incident::id).containsExactly("A", "C");
        assertThat(store.list(IncidentQuery.ALL.withStatuses(Set.of(IncidentStatus.RESOLVED)))).extracting(Incident::id).containsExactly("C");
        assertThat(store.list(new IncidentQuery(Set.of(), Set.of(Severity.SEV3), Set.of(), null, null, 10)))
                .extracting(Incident::id).containsExactly("B", "C");
        assertThat(store.list(new IncidentQuery(Set.of(), Set.of(), Set.of(), at(1), null, 10))).isEmpty();
    }

    @Test
    void revisionGrowsWithEveryWriteAndAnotherStoreSeesIt() {
        try (IncidentStore other = JdbcIncidentStore.open(location)) {
            long before = other.revision();
            declare("INC-1", "checkout", Severity.SEV1);
            long afterDeclare = other.revision();
            store.append("INC-1", NewEvent.of(NOTE, at(1)));

            assertThat(afterDeclare).isGreaterThan(before);
            assertThat(other.revision()).isGreaterThan(afterDeclare);
        }
    }

    @Test
    void importingTheSameIncidentsTwiceStoresNothingNew() {
        List<ImportedIncident> batch = List.of(imported("A", "checkout", Severity.SEV1, DETECTED, 0, RESOLVED, 30),
                imported("B", "search", Severity.SEV2, DETECTED, 5));

        ImportOutcome first = store.importIncidents(batch);
        ImportOutcome second = store.importIncidents(batch);

        assertThat(first).isEqualTo(new ImportOutcome(2, 3, 0));
        assertThat(second).isEqualTo(new ImportOutcome(0, 0, 2));
        assertThat(store.timeline("A")).hasSize(2);
        assertThat(store.find("A").orElseThrow().status()).isEqualTo(IncidentStatus.RESOLVED);
    }

    @Test
    void reportCandidatesAreTheWindowsIncidentsAndOutagesThatReachIntoIt() {
        // Window: [T0 + 60 min, T0 + 120 min).
        store.importIncidents(List.of(
                imported("in-window", "checkout", Severity.SEV3, DETECTED, 70, ACKNOWLEDGED, 80, RESOLVED, 120),
                imported("outage-over-before", "checkout", Severity.SEV1, DETECTED, 0, RESOLVED, 60),
                imported("outage-still-on", "checkout", Severity.SEV1, DETECTED, 0, RESOLVED, 61),
                imported("outage-reopened", "checkout", Severity.SEV2, DETECTED, 0, RESOLVED, 10, REOPENED, 50),
                imported("minor-before", "checkout", Severity.SEV3, DETECTED, 0),
                imported("detected-at-to", "checkout", Severity.SEV1, DETECTED, 120)));

        List<IncidentFacts> facts = store.reportCandidates(at(60), at(120), Set.of(Severity.SEV1, Severity.SEV2), false);

        assertThat(facts).extracting(IncidentFacts::id)
                .containsExactlyInAnyOrder("in-window", "outage-still-on", "outage-reopened");
        IncidentFacts inWindow = facts.stream().filter(f -> f.id().equals("in-window")).findFirst().orElseThrow();
        assertThat(inWindow.events()).extracting(e -> e.kind()).containsExactlyInAnyOrder(DETECTED, ACKNOWLEDGED);
    }

    @Test
    void servicesListsEveryServiceThatEverHadAnIncident() {
        declare("A", "checkout", Severity.SEV1);
        declare("B", "accounts", Severity.SEV4);
        declare("C", "checkout", Severity.SEV4);

        assertThat(store.services()).containsExactly("accounts", "checkout");
    }

    @Test
    void drillIncidentsAreLeftOutOfReportCandidatesAndServicesUnlessAskedFor() {
        store.importIncidents(List.of(
                imported("real", "checkout", Severity.SEV1, DETECTED, 70, RESOLVED, 90),
                imported("drill", "payments", Severity.SEV1, DETECTED, 75, RESOLVED, 95)));
        store.addTag("drill", Incident.DRILL_TAG);

        assertThat(store.reportCandidates(at(60), at(120), Set.of(Severity.SEV1), false))
                .extracting(IncidentFacts::id).containsExactly("real");
        assertThat(store.reportCandidates(at(60), at(120), Set.of(Severity.SEV1), true))
                .extracting(IncidentFacts::id).containsExactlyInAnyOrder("real", "drill");
        assertThat(store.services(false)).containsExactly("checkout");
        assertThat(store.services(true)).containsExactly("checkout", "payments");
        assertThat(store.find("drill").orElseThrow().drill()).isTrue();
    }

    @Test
    void exportReturnsIncidentsDetectedInTheWindowWithWholeTimelines() {
        store.importIncidents(List.of(imported("A", "checkout", Severity.SEV1, DETECTED, 0, RESOLVED, 500),
                imported("B", "search", Severity.SEV2, DETECTED, 100)));

        List<ExportedIncident> exported = store.export(at(0), at(100));

        assertThat(exported).singleElement().satisfies(e -> {
            assertThat(e.incident().id()).isEqualTo("A");
            assertThat(e.timeline()).extracting(TimelineEvent::kind).containsExactly(DETECTED, RESOLVED);
        });
    }

    @Test
    void reportFromTheStoresCandidatesEqualsTheReportOverEveryIncident() {
        // The SQL picks a superset of what a window needs; any incident it wrongly left out would change a figure.
        java.util.Random r = new java.util.Random(7);
        List<ImportedIncident> all = new java.util.ArrayList<>();
        Severity[] sev = Severity.values();
        for (int i = 0; i < 300; i++) {
            int detected = r.nextInt(10 * 24 * 60);
            List<Object> pairs = new java.util.ArrayList<>(List.of(IMPACT_STARTED, detected - r.nextInt(30), DETECTED, detected));
            int t = detected;
            if (r.nextBoolean()) {
                pairs.addAll(List.of(ACKNOWLEDGED, t += r.nextInt(60)));
            }
            for (int k = r.nextInt(3); k >= 0; k--) {
                if (r.nextInt(4) > 0) {
                    pairs.addAll(List.of(RESOLVED, t += r.nextInt(600)));
                }
                if (r.nextInt(3) == 0) {
                    pairs.addAll(List.of(REOPENED, t += r.nextInt(600)));
                }
            }
            all.add(imported("R" + i, "svc" + r.nextInt(4), sev[r.nextInt(4)], pairs.toArray()));
        }
        store.importIncidents(all);
        List<IncidentFacts> everything = all.stream().map(i -> new IncidentFacts(i.id(), i.service(), i.severity(),
                i.events().stream().map(e -> dev.vigil.incidents.EventStamp.of(e.kind(), e.at())).toList())).toList();
        var calculator = new dev.vigil.incidents.metrics.ReportCalculator(
                dev.vigil.environments.ReliabilitySettings.DEFAULTS, java.util.Map.of());
        for (int w = 0; w < 8; w++) {
            int from = r.nextInt(12 * 24 * 60) - 24 * 60;
            var window = new dev.vigil.incidents.metrics.ReportWindow(at(from), at(from + 1 + r.nextInt(3 * 24 * 60)));
            var filter = dev.vigil.incidents.metrics.ReportFilter.NONE;
            var expected = calculator.compute(window, filter, everything, store.services());
            var actual = calculator.compute(window, filter,
                    store.reportCandidates(window.from(), window.to(), calculator.outageSeverities(), true), store.services());
            assertThat(actual).as("window %s", window).isEqualTo(expected);
        }
    }

    /** pairs: kind, minutes after T0, ... */
    static ImportedIncident imported(String id, String service, Severity severity, Object... pairs) {
        List<NewEvent> events = new java.util.ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            events.add(NewEvent.of((EventKind) pairs[i], at((Integer) pairs[i + 1])));
        }
        return new ImportedIncident(id, "title " + id, service, severity, null, events);
    }
}
