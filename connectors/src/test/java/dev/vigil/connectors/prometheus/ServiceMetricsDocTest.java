package dev.vigil.connectors.prometheus;

import dev.vigil.environments.EnvironmentsFile;
import dev.vigil.environments.LoadResult;
import dev.vigil.environments.ServiceSpec;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The service-metrics example in docs/configuration.md loads and gives the tiles the page describes. */
class ServiceMetricsDocTest {

    private static String example() throws IOException {
        String doc = Files.readString(Path.of("../docs/configuration.md"));
        Matcher m = Pattern.compile("```yaml\\n(services:\\n.*?)```", Pattern.DOTALL).matcher(doc);
        assertThat(m.find()).as("the service metrics example").isTrue();
        return m.group(1);
    }

    @Test
    void exampleLoadsAndYieldsItsCompactTilesWithTheCustomQueue() throws IOException {
        String yaml = "environments:\n  - name: prod\n    prometheus: {url: https://prometheus.example.com}\n"
                + example().replaceAll("(?m)^", "    ");
        LoadResult loaded = EnvironmentsFile.parse(Path.of("doc.yaml"), yaml);
        assertThat(loaded.problems()).isEmpty();
        ServiceSpec checkout = loaded.config().environments().getFirst().services().getFirst();

        List<TileSpec> tiles = MetricTemplates.tiles(checkout, Convention.MICROMETER, null);

        assertThat(tiles.stream().filter(TileSpec::compact)).extracting(TileSpec::key)
                .containsExactlyInAnyOrder("requests_per_minute", "latency_p95", "latency_max", "error_ratio", "cpu_of_limit", "queue_depth");
        TileSpec queue = tiles.stream().filter(t -> t.key().equals("queue_depth")).findFirst().orElseThrow();
        assertThat(queue.title()).isEqualTo("Orders queue");
        assertThat(queue.thresholds()).isEqualTo(new Thresholds(500.0, 5000.0));
        assertThat(tiles.getFirst().query()).contains("http_server_requests_seconds_count{application=\"checkout\"}");
    }
}
