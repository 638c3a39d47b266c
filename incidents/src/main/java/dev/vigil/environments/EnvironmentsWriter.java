package dev.vigil.environments;

import dev.vigil.incidents.Severity;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a config as the YAML {@link EnvironmentsReader} reads, in the order and shape a person would
 * write it: defaults are left out, map entries are sorted so that saving twice gives the same file.
 */
final class EnvironmentsWriter {
    static final String HEADER = "# Vigil environments: edited by Vigil's Settings view and by hand (see docs/configuration.md).\n";

    private EnvironmentsWriter() {
    }

    static String toYaml(EnvironmentsConfig config) {
        Map<String, Object> root = new LinkedHashMap<>();
        putIfSet(root, "default", config.defaultEnvironment());
        putIfSet(root, "store", config.storeUrl());
        Map<String, Object> reliability = reliability(config.reliability());
        if (!reliability.isEmpty()) {
            root.put("reliability", reliability);
        }
        if (!config.checklists().isEmpty()) {
            Map<String, Object> lists = new LinkedHashMap<>();
            config.checklists().forEach((severity, items) -> lists.put(severity.name(), items));
            root.put("checklists", lists);
        }
        // The built-in demo is part of the program, not of the user's file.
        root.put("environments", config.environments().stream().filter(e -> !e.demo()).map(EnvironmentsWriter::environment).toList());
        return HEADER + yaml().dump(root);
    }

    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setSplitLines(false); // PromQL templates stay on one line, as written
        options.setWidth(200);
        return new Yaml(options);
    }

    private static Map<String, Object> environment(Environment e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", e.name());
        m.put("tier", e.tier().key());
        putIfSet(m, "kubeContext", e.kubeContext());
        if (e.prometheus() != null) {
            m.put("prometheus", endpoint(e.prometheus(), new LinkedHashMap<>()));
        }
        if (e.logs() != null) {
            Map<String, Object> logs = new LinkedHashMap<>();
            logs.put("url", e.logs().endpoint().url().toString());
            logs.put("indexPattern", e.logs().indexPattern());
            putIfSet(logs, "credential", e.logs().endpoint().credential());
            if (!e.logs().fields().isEmpty()) {
                Map<String, Object> fields = new LinkedHashMap<>();
                LogSettings.FIELD_ROLES.stream().filter(e.logs().fields()::containsKey)
                        .forEach(role -> fields.put(role, e.logs().fields().get(role)));
                logs.put("fields", fields);
            }
            if (e.logs().timeout() != null) {
                logs.put("timeout", DurationText.format(e.logs().timeout()));
            }
            if (e.logs().caCertificates() != null) {
                logs.put("caCertificates", e.logs().caCertificates().toString());
            }
            m.put("logs", logs);
        }
        if (e.alerting().provider() != AlertProvider.NONE || e.alerting().endpoint() != null) {
            Map<String, Object> alerting = new LinkedHashMap<>();
            alerting.put("provider", e.alerting().provider().key());
            m.put("alerting", e.alerting().endpoint() == null ? alerting : endpoint(e.alerting().endpoint(), alerting));
            putIfSet(alerting, "query", e.alerting().query());
        }
        if (!e.services().isEmpty()) {
            m.put("services", e.services().stream().map(EnvironmentsWriter::service).toList());
        }
        return m;
    }

    private static Map<String, Object> endpoint(Endpoint endpoint, Map<String, Object> into) {
        into.put("url", endpoint.url().toString());
        putIfSet(into, "credential", endpoint.credential());
        return into;
    }

    private static Map<String, Object> service(ServiceSpec s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        putIfSet(m, "namespace", s.namespace());
        if (!s.labels().isEmpty()) {
            m.put("labels", new TreeMap<>(s.labels()));
        }
        if (s.availabilityTarget() != null) {
            m.put("availabilityTarget", s.availabilityTarget());
        }
        if (!s.metrics().isEmpty()) {
            m.put("metrics", new TreeMap<>(s.metrics()));
        }
        return m;
    }

    /** Only what differs from the spec's defaults, so the defaults can improve without editing files. */
    private static Map<String, Object> reliability(ReliabilitySettings r) {
        ReliabilitySettings defaults = ReliabilitySettings.DEFAULTS;
        Map<String, Object> m = new LinkedHashMap<>();
        if (!r.outageSeverities().equals(defaults.outageSeverities())) {
            m.put("outageSeverities", r.outageSeverities().stream().sorted().map(Severity::name).toList());
        }
        if (r.defaultAvailabilityTarget() != defaults.defaultAvailabilityTarget()) {
            m.put("availabilityTarget", r.defaultAvailabilityTarget());
        }
        Map<String, Object> targets = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            ResponseTarget t = r.target(s);
            if (t != null && !t.equals(defaults.target(s))) {
                Map<String, Object> target = new LinkedHashMap<>();
                target.put("acknowledge", DurationText.format(t.acknowledge()));
                target.put("resolve", DurationText.format(t.resolve()));
                targets.put(s.name(), target);
            }
        }
        if (!targets.isEmpty()) {
            m.put("responseTargets", targets);
        }
        return m;
    }

    private static void putIfSet(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
