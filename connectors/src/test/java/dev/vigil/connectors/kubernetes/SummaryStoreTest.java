package dev.vigil.connectors.kubernetes;

import io.fabric8.kubernetes.api.model.Pod;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryStoreTest {

    private static Pod pod(String suffix, String version) {
        Pod p = TestPods.running("shop", "checkout", suffix, 0, Instant.parse("2026-11-22T08:00:00Z"));
        p.getMetadata().setResourceVersion(version);
        return p;
    }

    @Test
    void storingConvertsOnceTellsTheSinksAndKeepsOnlyAStubForTheInformer() {
        AtomicInteger conversions = new AtomicInteger();
        SummaryStore<Pod, PodSummary> store = new SummaryStore<>(p -> {
            conversions.incrementAndGet();
            return PodSummaries.of(p);
        }, Pod::new);
        List<String> told = new ArrayList<>();
        store.subscribe((key, summary) -> told.add(key + "=" + (summary == null ? "gone" : summary.status())));

        Pod first = pod("a1", "10");
        String key = store.getKey(first);
        assertThat(store.put(key, first)).isNull();
        Pod stub = store.put(key, pod("a1", "10"));
        assertThat(conversions).hasValue(1);
        assertThat(stub.getMetadata().getResourceVersion()).isEqualTo("10");
        assertThat(stub.getMetadata().getName()).isEqualTo("checkout-7f9c6d5b8-a1");
        assertThat(stub.getStatus()).as("the stub holds no state beyond the key and version").isNull();

        store.put(key, pod("a1", "11"));
        assertThat(store.remove(key).getMetadata().getResourceVersion()).isEqualTo("11");
        assertThat(conversions).hasValue(2);
        assertThat(told).containsExactly("shop/checkout-7f9c6d5b8-a1=Running", "shop/checkout-7f9c6d5b8-a1=Running",
                "shop/checkout-7f9c6d5b8-a1=gone");
    }

    @Test
    void aLateSubscriberGetsWhatIsHeldThenThatTheListIsComplete() {
        SummaryStore<Pod, PodSummary> store = new SummaryStore<>(PodSummaries::of, Pod::new);
        for (String s : new String[]{"a1", "b2", "c3"}) {
            Pod p = pod(s, "1");
            store.put(store.getKey(p), p);
        }
        store.markListed();
        List<String> events = new ArrayList<>();
        store.subscribe(new SummaryStore.Sink<>() {
            @Override
            public void changed(String key, PodSummary summary) {
                events.add(summary.name());
            }

            @Override
            public void listed() {
                events.add("listed");
            }
        });
        assertThat(events).hasSize(4).endsWith("listed");
        assertThat(store.values()).hasSize(3).allSatisfy(p -> assertThat(p.getSpec()).isNull());
    }

    @Test
    void anObjectThatCannotBeReadIsSkippedAndTheInformerGoesOn() {
        SummaryStore<Pod, PodSummary> store = new SummaryStore<>(p -> {
            throw new IllegalStateException("broken");
        }, Pod::new);
        Pod p = pod("a1", "1");
        assertThat(store.put(store.getKey(p), p)).isNull();
        assertThat(store.size()).isZero();
    }
}
