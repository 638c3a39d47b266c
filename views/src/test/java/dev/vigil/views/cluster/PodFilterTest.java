package dev.vigil.views.cluster;

import dev.vigil.connectors.kubernetes.PodHealth;
import dev.vigil.connectors.kubernetes.PodSummary;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PodFilterTest {

    private static PodSummary pod(String ns, String name, String status, PodHealth health, Map<String, String> labels) {
        return new PodSummary(ns, name, 1, 1, "Running", status, null, health, 0, null, Instant.EPOCH, "node-1",
                "10.0.0.1", "Deployment", name.replaceAll("-[^-]+-[^-]+$", ""), labels);
    }

    private final PodSummary checkout = pod("shop", "checkout-7f9c-a1", "Running", PodHealth.RUNNING, Map.of("app", "checkout", "tier", "web"));
    private final PodSummary ledger = pod("payments", "ledger-5c4b-b2", "CrashLoopBackOff", PodHealth.FAILING, Map.of("app", "ledger"));

    @Test
    void freeWordsMatchNameNamespaceAndStatusAndAllMustMatch() {
        assertThat(PodFilter.parse("checkout").test(checkout)).isTrue();
        assertThat(PodFilter.parse("payments crash").test(ledger)).isTrue();
        assertThat(PodFilter.parse("payments running").test(ledger)).isFalse();
    }

    @Test
    void labelSelectorsWithEqualsNotEqualsAndExistence() {
        assertThat(PodFilter.parse("-l app=checkout").test(checkout)).isTrue();
        assertThat(PodFilter.parse("-l app=checkout").test(ledger)).isFalse();
        assertThat(PodFilter.parse("-lapp=checkout,tier!=web").test(checkout)).isFalse();
        assertThat(PodFilter.parse("-l tier").test(checkout)).isTrue();
        assertThat(PodFilter.parse("-l tier").test(ledger)).isFalse();
    }

    @Test
    void namespaceAndStatusPrefixesIncludingNegation() {
        assertThat(PodFilter.parse("ns:payments").test(ledger)).isTrue();
        assertThat(PodFilter.parse("ns:payments").test(checkout)).isFalse();
        assertThat(PodFilter.parse("ns:shop,payments").test(checkout)).isTrue();
        assertThat(PodFilter.parse("status:!Running").test(checkout)).isFalse();
        assertThat(PodFilter.parse("status:!Running").test(ledger)).isTrue();
        assertThat(PodFilter.parse("status:failing").test(ledger)).isTrue();
    }

    @Test
    void anEmptyFilterMatchesEverything() {
        assertThat(PodFilter.parse("  ").matchesAll()).isTrue();
        assertThat(PodFilter.parse("ns:shop").matchesAll()).isFalse();
    }
}
