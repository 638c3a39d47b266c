package dev.vigil.connectors.logs;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class QueryFieldNamesTest {

    private final LogFields ecs = LogFields.defaults();

    @Test
    void shortNamesAtTheStartOfATermBecomeTheIndexsFields() {
        assertThat(QueryFieldNames.rewrite("service:checkout AND (level:ERROR OR -pod:x*) trace:abc", ecs))
                .isEqualTo("service.name:checkout AND (log.level:ERROR OR -kubernetes.pod.name:x*) trace.id:abc");
    }

    @Test
    void phrasesEscapesRealFieldsAndWordsAreLeftAsWritten() {
        assertThat(QueryFieldNames.rewrite("\"service:checkout\" a\\:b service.name:x heap space mysevice:y", ecs))
                .isEqualTo("\"service:checkout\" a\\:b service.name:x heap space mysevice:y");
    }

    @Test
    void aFlatIndexKeepsItsOwnNames() {
        LogFields flat = LogFields.resolve(Map.of(), Map.of("app", "keyword", "level", "keyword", "msg", "text"));
        assertThat(QueryFieldNames.rewrite("service:checkout level:WARN", flat)).isEqualTo("app:checkout level:WARN");
    }
}
