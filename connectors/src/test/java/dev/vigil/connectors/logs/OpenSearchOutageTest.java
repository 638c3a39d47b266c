package dev.vigil.connectors.logs;

import dev.vigil.connectors.credentials.CredentialResolver;
import dev.vigil.connectors.health.ConnectorHealth;
import dev.vigil.connectors.health.HealthState;
import dev.vigil.environments.Environment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A node that stops is a clear "connection refused" in searches and a red status dot; when it returns, so do answers. */
@ExtendWith(SharedOpenSearch.class)
class OpenSearchOutageTest {

    @Test
    void aStoppedNodeIsUnreachableAndARestartedOneAnswersAgain(SharedOpenSearch.Node node) throws Exception {
        OpenSearchLogSources sources = new OpenSearchLogSources(CredentialResolver.NONE, Clock.systemUTC());
        Environment env = OpenSearchLogSourceTest.environment(node.server(), SharedOpenSearch.ECS_INDEX, Map.of());
        LogQuery query = LogQuery.all(SharedOpenSearch.START, SharedOpenSearch.END, 10);
        try (LogSource source = sources.open(env).orElseThrow()) {
            assertThat(source.search(query).hits()).hasSize(10);
            assertThat(sources.health(env, "Logs").state()).isEqualTo(HealthState.OK);

            node.server().stop();
            try {
                assertThatThrownBy(() -> source.search(query)).isInstanceOfSatisfying(LogQueryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(LogQueryException.Kind.UNREACHABLE);
                    assertThat(e.getMessage()).contains("connection refused by 127.0.0.1:" + node.server().url().getPort());
                });
                ConnectorHealth down = sources.health(env, "Logs");
                assertThat(down.state()).isEqualTo(HealthState.DOWN);
                assertThat(down.detail()).contains("connection refused");
            } finally {
                node.server().restart();
            }

            assertThat(source.search(query).total()).isEqualTo(node.lines().size());
            assertThat(sources.health(env, "Logs").state()).isEqualTo(HealthState.OK);
        }
    }
}
