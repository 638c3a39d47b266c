package dev.vigil.connectors.kubernetes;

import io.fabric8.kubernetes.api.model.AuthInfo;
import io.fabric8.kubernetes.api.model.Cluster;
import io.fabric8.kubernetes.api.model.Config;
import io.fabric8.kubernetes.api.model.NamedAuthInfo;
import io.fabric8.kubernetes.api.model.NamedCluster;
import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.client.internal.KubeConfigUtils;
import io.fabric8.kubernetes.client.utils.Serialization;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kubeconfig as kubectl reads it: the files of {@code KUBECONFIG} (path-separator list) merged
 * in order, the first file to define a context, cluster or user winning, else {@code ~/.kube/config}.
 * Relative certificate and token paths are resolved against the file that names them, as kubectl
 * does, so a merged context still finds its files.
 */
public final class Kubeconfig {

    private final List<Path> files;
    private final Map<String, Entry<NamedContext>> contexts;
    private final Map<String, Entry<NamedCluster>> clusters;
    private final Map<String, Entry<NamedAuthInfo>> users;
    private final String currentContext;

    private record Entry<T>(T value, Path file) {
    }

    private Kubeconfig(List<Path> files, Map<String, Entry<NamedContext>> contexts, Map<String, Entry<NamedCluster>> clusters,
                       Map<String, Entry<NamedAuthInfo>> users, String currentContext) {
        this.files = List.copyOf(files);
        this.contexts = contexts;
        this.clusters = clusters;
        this.users = users;
        this.currentContext = currentContext;
    }

    /** The files kubectl would read: {@code KUBECONFIG}'s entries in order, else {@code HOME/.kube/config}. */
    public static List<Path> filesFrom(Map<String, String> env, Path home) {
        String list = env.get("KUBECONFIG");
        List<Path> files = new ArrayList<>();
        if (list != null && !list.isBlank()) {
            for (String part : list.split(File.pathSeparator)) {
                if (!part.isBlank()) {
                    files.add(Path.of(part.trim()));
                }
            }
        }
        if (files.isEmpty()) {
            files.add(home.resolve(".kube").resolve("config"));
        }
        return files;
    }

    /** Reads the kubeconfig of this process's environment. */
    public static Kubeconfig fromEnvironment() {
        return load(filesFrom(System.getenv(), Path.of(System.getProperty("user.home"))));
    }

    /**
     * Reads and merges the files. Missing files are skipped (kubectl does the same) unless none
     * exists; a file that is not a kubeconfig is an error naming it.
     */
    public static Kubeconfig load(List<Path> files) {
        Map<String, Entry<NamedContext>> contexts = new LinkedHashMap<>();
        Map<String, Entry<NamedCluster>> clusters = new LinkedHashMap<>();
        Map<String, Entry<NamedAuthInfo>> users = new LinkedHashMap<>();
        String current = null;
        List<Path> read = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            Config config = parse(file);
            read.add(file);
            if ((current == null || current.isBlank()) && config.getCurrentContext() != null) {
                current = config.getCurrentContext();
            }
            for (NamedContext c : nonNull(config.getContexts())) {
                if (c.getName() != null) {
                    contexts.putIfAbsent(c.getName(), new Entry<>(c, file));
                }
            }
            for (NamedCluster c : nonNull(config.getClusters())) {
                if (c.getName() != null) {
                    clusters.putIfAbsent(c.getName(), new Entry<>(c, file));
                }
            }
            for (NamedAuthInfo u : nonNull(config.getUsers())) {
                if (u.getName() != null) {
                    users.putIfAbsent(u.getName(), new Entry<>(u, file));
                }
            }
        }
        if (read.isEmpty()) {
            throw new KubeconfigException("no kubeconfig found: looked at " + files
                    + " (set KUBECONFIG or create ~/.kube/config)");
        }
        return new Kubeconfig(read, contexts, clusters, users, current == null || current.isBlank() ? null : current);
    }

    private static Config parse(Path file) {
        try {
            Config config = KubeConfigUtils.parseConfig(file.toFile());
            if (config == null) {
                throw new KubeconfigException("kubeconfig " + file + " is empty");
            }
            return config;
        } catch (KubeconfigException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new KubeconfigException("kubeconfig " + file + " is not valid YAML for a kubeconfig: " + firstLine(e), e);
        }
    }

    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** The files actually read, in merge order. */
    public List<Path> files() {
        return files;
    }

    /** The current-context of the first file that sets one, or null. */
    public String currentContext() {
        return currentContext;
    }

    public List<KubeContext> contexts() {
        List<KubeContext> out = new ArrayList<>();
        for (Entry<NamedContext> e : contexts.values()) {
            out.add(describe(e));
        }
        return out;
    }

    public Optional<KubeContext> context(String name) {
        Entry<NamedContext> e = contexts.get(name);
        return e == null ? Optional.empty() : Optional.of(describe(e));
    }

    private KubeContext describe(Entry<NamedContext> e) {
        var ctx = e.value().getContext();
        String clusterName = ctx == null ? null : ctx.getCluster();
        Entry<NamedCluster> cluster = clusterName == null ? null : clusters.get(clusterName);
        String server = cluster == null || cluster.value().getCluster() == null ? null : cluster.value().getCluster().getServer();
        return new KubeContext(e.value().getName(), clusterName, ctx == null ? null : ctx.getUser(),
                ctx == null ? null : ctx.getNamespace(), server, e.file());
    }

    /**
     * A Fabric8 client configuration for a context (null: the current context). Checks what kubectl
     * would only find out on connect: the cluster and user exist, the certificate files are there.
     */
    public io.fabric8.kubernetes.client.Config clientConfig(String contextName) {
        String name = contextName == null ? currentContext : contextName;
        if (name == null) {
            throw new KubeconfigException("no context given and no current-context in " + files);
        }
        Entry<NamedContext> ctx = contexts.get(name);
        if (ctx == null) {
            throw new KubeconfigException("context '" + name + "' is not in " + files + " (known: "
                    + String.join(", ", contexts.keySet()) + ")");
        }
        var spec = ctx.value().getContext();
        if (spec == null || spec.getCluster() == null || !clusters.containsKey(spec.getCluster())) {
            throw new KubeconfigException("context '" + name + "' (" + ctx.file() + ") names cluster '"
                    + (spec == null ? null : spec.getCluster()) + "', which no kubeconfig file defines");
        }
        Entry<NamedCluster> cluster = clusters.get(spec.getCluster());
        Cluster c = cluster.value().getCluster();
        if (c == null || c.getServer() == null || c.getServer().isBlank()) {
            throw new KubeconfigException("cluster '" + spec.getCluster() + "' in " + cluster.file() + " has no server URL");
        }
        c.setCertificateAuthority(resolve(c.getCertificateAuthority(), cluster.file(), "certificate-authority of cluster " + spec.getCluster()));
        List<NamedAuthInfo> userList = new ArrayList<>();
        if (spec.getUser() != null) {
            Entry<NamedAuthInfo> user = users.get(spec.getUser());
            if (user == null) {
                throw new KubeconfigException("context '" + name + "' names user '" + spec.getUser() + "', which no kubeconfig file defines");
            }
            AuthInfo a = user.value().getUser();
            if (a != null) {
                String who = " of user " + spec.getUser();
                a.setClientCertificate(resolve(a.getClientCertificate(), user.file(), "client-certificate" + who));
                a.setClientKey(resolve(a.getClientKey(), user.file(), "client-key" + who));
                a.setTokenFile(resolve(a.getTokenFile(), user.file(), "tokenFile" + who));
            }
            userList.add(user.value());
        }
        Config merged = new Config();
        merged.setApiVersion("v1");
        merged.setKind("Config");
        merged.setCurrentContext(name);
        merged.setContexts(List.of(ctx.value()));
        merged.setClusters(List.of(cluster.value()));
        merged.setUsers(userList);
        try {
            return io.fabric8.kubernetes.client.Config.fromKubeconfig(name, Serialization.asYaml(merged), null);
        } catch (RuntimeException e) {
            throw new KubeconfigException("context '" + name + "' cannot be used: " + firstLine(e), e);
        }
    }

    private static String resolve(String path, Path file, String what) {
        if (path == null || path.isBlank()) {
            return path;
        }
        Path p = Path.of(path);
        if (!p.isAbsolute()) {
            Path dir = file.toAbsolutePath().getParent();
            p = dir == null ? p : dir.resolve(p);
        }
        if (!Files.isReadable(p)) {
            throw new KubeconfigException(what + " in " + file + " points to " + p + ", which does not exist or cannot be read");
        }
        return p.toString();
    }
}
