package dev.vigil.connectors.prometheus;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalPrometheusTest {

    @Test
    void missingBinaryFailsWithTheInstallCommandInsteadOfSkipping() {
        assertThatThrownBy(() -> LocalPrometheus.binary(List.of(Path.of("/nonexistent/prometheus")), "/nonexistent"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'prometheus' is not installed")
                .hasMessageContaining("apt-get install prometheus");
    }

    @Test
    void configScrapesEachTargetWithItsServiceAndNamespaceLabels() {
        String yaml = LocalPrometheus.config(List.of(new LocalPrometheus.Target("127.0.0.1:9999", "checkout", "shop")),
                Duration.ofSeconds(1));

        assertThat(yaml).contains("scrape_interval: 1000ms")
                .contains("targets: ['127.0.0.1:9999']")
                .contains("labels: {service: 'checkout', namespace: 'shop'}");
    }
}
