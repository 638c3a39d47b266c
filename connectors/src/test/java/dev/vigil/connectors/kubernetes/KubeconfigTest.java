package dev.vigil.connectors.kubernetes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KubeconfigTest {

    @TempDir
    Path dir;

    @Test
    void kubeconfigListSplitsOnThePathSeparatorAndFallsBackToHomeConfig() {
        String list = "/a/one" + File.pathSeparator + File.pathSeparator + "/b/two";
        assertThat(Kubeconfig.filesFrom(Map.of("KUBECONFIG", list), Path.of("/home/op")))
                .containsExactly(Path.of("/a/one"), Path.of("/b/two"));
        assertThat(Kubeconfig.filesFrom(Map.of(), Path.of("/home/op"))).containsExactly(Path.of("/home/op/.kube/config"));
    }

    @Test
    void mergesFilesInOrderAndTheFirstFileWinsForEachName() throws IOException {
        Path first = Files.writeString(dir.resolve("first"), MockCluster.kubeconfig("staging", "https://first:6443", "shop")
                .replace("current-context: staging", "current-context: \"\""));
        Path second = Files.writeString(dir.resolve("second"), MockCluster.kubeconfig("staging", "https://second:6443", "other")
                + "");
        Path third = Files.writeString(dir.resolve("third"), MockCluster.kubeconfig("prod", "https://prod:6443", "payments"));

        Kubeconfig merged = Kubeconfig.load(Kubeconfig.filesFrom(Map.of("KUBECONFIG",
                first + File.pathSeparator + dir.resolve("missing") + File.pathSeparator + second + File.pathSeparator + third), dir));

        assertThat(merged.files()).containsExactly(first, second, third);
        assertThat(merged.contexts()).extracting(KubeContext::name).containsExactly("staging", "prod");
        KubeContext staging = merged.context("staging").orElseThrow();
        assertThat(staging.server()).isEqualTo("https://first:6443");
        assertThat(staging.namespace()).isEqualTo("shop");
        assertThat(staging.user()).isEqualTo("staging-user");
        // The first file leaves current-context empty, so the second one's counts.
        assertThat(merged.currentContext()).isEqualTo("staging");
    }

    @Test
    void switchingContextGivesTheClientThatContextsServerAndNamespace() throws IOException {
        Path a = Files.writeString(dir.resolve("a"), MockCluster.kubeconfig("staging", "https://staging:6443", "shop"));
        Path b = Files.writeString(dir.resolve("b"), MockCluster.kubeconfig("prod", "https://prod:6443", "payments"));
        Kubeconfig merged = Kubeconfig.load(java.util.List.of(a, b));

        assertThat(merged.clientConfig("staging").getMasterUrl()).startsWith("https://staging:6443");
        var prod = merged.clientConfig("prod");
        assertThat(prod.getMasterUrl()).startsWith("https://prod:6443");
        assertThat(prod.getNamespace()).isEqualTo("payments");
        assertThat(prod.getAutoOAuthToken()).isEqualTo("test-token");
    }

    @Test
    void aMissingCertificateFileIsNamedWithTheFileThatPointsToIt() throws IOException {
        Path file = Files.writeString(dir.resolve("config"), MockCluster.kubeconfig("edge", "https://edge:6443", "default")
                .replace("    server: https://edge:6443", "    server: https://edge:6443\n    certificate-authority: certs/ca.crt"));
        Kubeconfig config = Kubeconfig.load(java.util.List.of(file));

        assertThatThrownBy(() -> config.clientConfig("edge"))
                .isInstanceOf(KubeconfigException.class)
                .hasMessageContaining("certificate-authority of cluster edge-cluster")
                .hasMessageContaining(dir.resolve("certs/ca.crt").toString())
                .hasMessageContaining("does not exist");
    }

    @Test
    void relativeCertificatePathsResolveAgainstTheirOwnFile() throws IOException {
        Files.createDirectories(dir.resolve("certs"));
        Files.writeString(dir.resolve("certs/ca.crt"), "not checked here");
        Path file = Files.writeString(dir.resolve("config"), MockCluster.kubeconfig("edge", "https://edge:6443", "default")
                .replace("    server: https://edge:6443", "    server: https://edge:6443\n    certificate-authority: certs/ca.crt"));
        assertThat(Kubeconfig.load(java.util.List.of(file)).clientConfig("edge").getCaCertFile())
                .isEqualTo(dir.resolve("certs/ca.crt").toString());
    }

    @Test
    void malformedYamlNamesTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("broken"), "apiVersion: v1\ncontexts: [unclosed\n");
        assertThatThrownBy(() -> Kubeconfig.load(java.util.List.of(file)))
                .isInstanceOf(KubeconfigException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void anUnknownContextListsTheKnownOnes() throws IOException {
        Path file = Files.writeString(dir.resolve("config"), MockCluster.kubeconfig("staging", "https://s:6443", "shop"));
        assertThatThrownBy(() -> Kubeconfig.load(java.util.List.of(file)).clientConfig("prod-eu"))
                .isInstanceOf(KubeconfigException.class)
                .hasMessageContaining("context 'prod-eu' is not in")
                .hasMessageContaining("known: staging");
    }
}
