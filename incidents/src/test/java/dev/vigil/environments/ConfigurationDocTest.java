package dev.vigil.environments;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The examples in docs/configuration.md load as the page says, so the page cannot drift from the loader. */
class ConfigurationDocTest {
    private static final Path DOC = Path.of("../docs/configuration.md");

    private static List<String> yamlBlocks() throws IOException {
        Matcher m = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(DOC));
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    @Test
    void completeExampleLoadsWithoutProblemsIntoFourTiers() throws IOException {
        LoadResult result = EnvironmentsFile.parse(DOC, yamlBlocks().getFirst());

        assertThat(result.problems()).isEmpty();
        assertThat(result.config().environments()).extracting(Environment::tier)
                .containsExactly(Tier.SANDBOX, Tier.QA, Tier.INTEGRATION, Tier.PRODUCTION);
        assertThat(result.config().defaultEnvironment()).isEqualTo("production");
    }

    @Test
    void mergeKeyExampleLoadsWithTheOverrideWinning() throws IOException {
        LoadResult result = EnvironmentsFile.parse(DOC, yamlBlocks().get(1));

        assertThat(result.problems()).isEmpty();
        assertThat(result.config().environments()).extracting(Environment::kubeContext).containsExactly("qa-eu-1", "qa-eu-2");
    }

    @Test
    void exampleSavedAndLoadedAgainIsUnchanged() throws IOException {
        EnvironmentsConfig config = EnvironmentsFile.parse(DOC, yamlBlocks().getFirst()).config();

        assertThat(EnvironmentsFile.parse(DOC, EnvironmentsFile.toYaml(config)).config()).isEqualTo(config);
    }
}
