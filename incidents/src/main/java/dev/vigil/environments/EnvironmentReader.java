package dev.vigil.environments;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Reads one item of {@code environments}; any problem in it means the environment is left out. */
final class EnvironmentReader {
    static final List<String> KEYS = List.of("name", "tier", "kubeContext", "prometheus", "logs", "alerting", "services");
    private static final List<String> PROMETHEUS_KEYS = List.of("url", "credential");
    private static final List<String> LOGS_KEYS = List.of("url", "indexPattern", "credential", "fields", "timeout", "caCertificates");
    private static final List<String> ALERTING_KEYS = List.of("provider", "url", "credential", "query");

    private final ProblemList problems;

    EnvironmentReader(ProblemList problems) {
        this.problems = problems;
    }

    /** The environment, or empty when it has problems (all of them reported, not just the first). */
    Optional<Environment> read(Node item) {
        int before = problems.count();
        if (!(item instanceof MappingNode node)) {
            problems.at(item, "each environment must be a mapping starting with 'name:'");
            return Optional.empty();
        }
        YamlMapping env = new YamlMapping(node, "an environment", KEYS, problems);
        String name = env.string("name");
        if (name == null && !env.has("name")) {
            env.missing("name", "environment");
        } else if (name != null) {
            check(env.value("name"), EnvironmentValidator.nameProblem(name));
        }
        String what = name == null ? "environment" : "environment '" + name + "'";
        Tier tier = parsed(env, "tier", Tier::parse);
        if (tier == null && !env.has("tier") && Tier.soundsLikeProduction(name)) {
            tier = Tier.PRODUCTION; // fail safe: an unmarked "prod-eu" is guarded, not treated as a sandbox
        }
        String kubeContext = env.string("kubeContext");
        Endpoint prometheus = prometheus(env.value("prometheus"));
        LogSettings logs = logs(env.value("logs"));
        AlertingSettings alerting = alerting(env.value("alerting"));
        List<ServiceSpec> services = new ServiceReader(problems).readAll(env.value("services"));
        if (problems.count() > before) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Environment(name, tier, false, kubeContext, prometheus, logs, alerting, services));
        } catch (IllegalArgumentException e) {
            problems.at(node, what + ": " + e.getMessage()); // a rule of the records not yet mirrored above
            return Optional.empty();
        }
    }

    private Endpoint prometheus(Node value) {
        if (value == null) {
            return null;
        }
        if (isString(value)) {
            return url(value, ((ScalarNode) value).getValue(), null);
        }
        if (!(value instanceof MappingNode node)) {
            problems.at(value, "prometheus must be a URL or a mapping such as {url: https://prometheus.example.com, credential: prom-prod}");
            return null;
        }
        return endpoint(new YamlMapping(node, "prometheus", PROMETHEUS_KEYS, problems), "prometheus");
    }

    private LogSettings logs(Node value) {
        if (value == null) {
            return null;
        }
        if (isString(value)) {
            Endpoint e = url(value, ((ScalarNode) value).getValue(), null);
            return e == null ? null : new LogSettings(e, null);
        }
        if (!(value instanceof MappingNode node)) {
            problems.at(value, "logs must be a URL or a mapping such as {url: https://opensearch.example.com, indexPattern: \"logs-*\"}");
            return null;
        }
        YamlMapping logs = new YamlMapping(node, "logs", LOGS_KEYS, problems);
        String indexPattern = logs.string("indexPattern");
        if (indexPattern != null) {
            check(logs.value("indexPattern"), EnvironmentValidator.indexPatternProblem(indexPattern));
        }
        Endpoint e = endpoint(logs, "logs");
        Map<String, String> fields = logFields(logs);
        java.time.Duration timeout = parsed(logs, "timeout", DurationText::parse);
        if (timeout != null && (timeout.isZero() || timeout.isNegative())) {
            problems.at(logs.value("timeout"), "timeout must be longer than zero, e.g. 10s");
            timeout = null;
        }
        String ca = logs.string("caCertificates");
        return e == null ? null : new LogSettings(e, indexPattern, fields, timeout,
                ca == null || ca.isBlank() ? null : java.nio.file.Path.of(ca.trim()));
    }

    /** {@code fields: {level: severity, traceId: trace.id}}: only the roles Vigil knows, each a field name. */
    private Map<String, String> logFields(YamlMapping logs) {
        Node value = logs.value("fields");
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof MappingNode node)) {
            problems.at(value, "fields must be a mapping such as {level: severity, traceId: trace.id}");
            return Map.of();
        }
        YamlMapping fields = new YamlMapping(node, "logs.fields", LogSettings.FIELD_ROLES, problems);
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String role : LogSettings.FIELD_ROLES) {
            String field = fields.string(role);
            if (field != null && field.isBlank()) {
                problems.at(fields.value(role), role + " must name a field, e.g. log.level");
            } else if (field != null) {
                out.put(role, field.trim());
            }
        }
        return out;
    }

    private AlertingSettings alerting(Node value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof MappingNode node)) {
            problems.at(value, "alerting must be a mapping such as {provider: opsgenie, url: https://api.opsgenie.com, credential: opsgenie-prod}");
            return null;
        }
        YamlMapping alerting = new YamlMapping(node, "alerting", ALERTING_KEYS, problems);
        AlertProvider provider = parsed(alerting, "provider", AlertProvider::parse);
        if (provider == null && !alerting.has("provider")) {
            alerting.missing("provider", "alerting");
            return null;
        }
        if (provider == null) {
            return null;
        }
        Endpoint endpoint = alerting.has("url") ? endpoint(alerting, "alerting") : null;
        Node where = alerting.has("url") ? alerting.value("url") : node;
        check(where, EnvironmentValidator.alertingEndpointProblem(provider, alerting.has("url")));
        return new AlertingSettings(provider, endpoint, alerting.string("query"));
    }

    private Endpoint endpoint(YamlMapping mapping, String what) {
        String credential = mapping.string("credential");
        if (credential != null) {
            check(mapping.value("credential"), EnvironmentValidator.credentialProblem(credential));
        }
        String url = mapping.string("url");
        if (url == null) {
            if (!mapping.has("url")) {
                mapping.missing("url", what);
            }
            return null;
        }
        return url(mapping.value("url"), url, credential);
    }

    private Endpoint url(Node node, String text, String credential) {
        Optional<String> problem = EnvironmentValidator.urlProblem(text);
        check(node, problem);
        return problem.isPresent() ? null : new Endpoint(URI.create(text.trim()), credential);
    }

    /** A string turned into an enum by its parser, whose message names the accepted values. */
    private <T> T parsed(YamlMapping mapping, String key, Function<String, T> parser) {
        String text = mapping.string(key);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            problems.at(mapping.value(key), e.getMessage());
            return null;
        }
    }

    private void check(Node node, Optional<String> problem) {
        problem.ifPresent(m -> problems.at(node, m));
    }

    private static boolean isString(Node node) {
        return node instanceof ScalarNode s && s.getTag().equals(Tag.STR);
    }
}
