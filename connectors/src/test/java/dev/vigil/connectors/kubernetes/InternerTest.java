package dev.vigil.connectors.kubernetes;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class InternerTest {

    @Test
    void equalStringsAndEqualLabelMapsBecomeOneInstance() {
        Interner strings = new Interner();
        String a = strings.string(new String("payments"));
        String b = strings.string(new String("payments"));
        assertThat(a).isSameAs(b);

        Map<String, String> first = new LinkedHashMap<>(Map.of("app", "checkout", "pod-template-hash", "7f9c6d5b8"));
        Map<String, String> second = new LinkedHashMap<>(Map.of("pod-template-hash", "7f9c6d5b8", "app", "checkout"));
        Map<String, String> x = strings.labels(first);
        assertThat(strings.labels(second)).isSameAs(x).isEqualTo(first);
        assertThat(x.get("app")).isSameAs(strings.string(new String("checkout")));
    }

    @Test
    void pastItsLimitThePoolStartsOverInsteadOfGrowing() {
        Interner strings = new Interner(100);
        for (int i = 0; i < 1_000; i++) {
            strings.string("value-" + i);
        }
        assertThat(strings.size()).isLessThanOrEqualTo(101);
    }
}
