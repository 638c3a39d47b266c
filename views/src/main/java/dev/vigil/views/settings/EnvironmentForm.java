package dev.vigil.views.settings;

import dev.vigil.environments.AlertProvider;
import dev.vigil.environments.AlertingSettings;
import dev.vigil.environments.Endpoint;
import dev.vigil.environments.Environment;
import dev.vigil.environments.EnvironmentValidator;
import dev.vigil.environments.FieldProblem;
import dev.vigil.environments.LogSettings;
import dev.vigil.environments.ServiceSpec;
import dev.vigil.environments.Tier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The editable fields of one environment, as strings the way a person types them, and the
 * conversion back to an {@link Environment} with a problem per field that does not convert.
 */
public final class EnvironmentForm {

    public final StringProperty name = new SimpleStringProperty("");
    public final ObjectProperty<Tier> tier = new SimpleObjectProperty<>(Tier.SANDBOX);
    public final StringProperty kubeContext = new SimpleStringProperty("");
    public final StringProperty prometheusUrl = new SimpleStringProperty("");
    public final StringProperty prometheusCredential = new SimpleStringProperty("");
    public final StringProperty logsUrl = new SimpleStringProperty("");
    public final StringProperty logsIndexPattern = new SimpleStringProperty("logs-*");
    public final StringProperty logsCredential = new SimpleStringProperty("");
    public final ObjectProperty<AlertProvider> alertProvider = new SimpleObjectProperty<>(AlertProvider.NONE);
    public final StringProperty alertingUrl = new SimpleStringProperty("");
    public final StringProperty alertingCredential = new SimpleStringProperty("");
    public final StringProperty alertingQuery = new SimpleStringProperty("");
    private List<ServiceSpec> services = List.of();
    // Field mapping, timeout and CA of the logs are edited in the file only; the form keeps them as they were.
    private LogSettings logsKept;

    /** Fills the fields from an environment (or clears them for a new one when null). */
    public void fill(Environment env) {
        name.set(env == null ? "" : env.name());
        tier.set(env == null ? Tier.SANDBOX : env.tier());
        kubeContext.set(env == null || env.kubeContext() == null ? "" : env.kubeContext());
        Endpoint prom = env == null ? null : env.prometheus();
        prometheusUrl.set(prom == null ? "" : prom.url().toString());
        prometheusCredential.set(prom == null || prom.credential() == null ? "" : prom.credential());
        LogSettings logs = env == null ? null : env.logs();
        logsKept = logs;
        logsUrl.set(logs == null ? "" : logs.endpoint().url().toString());
        logsIndexPattern.set(logs == null ? "logs-*" : logs.indexPattern());
        logsCredential.set(logs == null || logs.endpoint().credential() == null ? "" : logs.endpoint().credential());
        AlertingSettings alerting = env == null ? AlertingSettings.NONE : env.alerting();
        alertProvider.set(alerting.provider());
        alertingUrl.set(alerting.endpoint() == null ? "" : alerting.endpoint().url().toString());
        alertingCredential.set(alerting.endpoint() == null || alerting.endpoint().credential() == null
                ? "" : alerting.endpoint().credential());
        alertingQuery.set(alerting.query() == null ? "" : alerting.query());
        services = env == null ? List.of() : env.services();
    }

    public int serviceCount() {
        return services.size();
    }

    /** The result of reading the form: an environment, or the problems that stop one from being made. */
    public record Parsed(Environment environment, List<FieldProblem> problems) {
    }

    public Parsed parse() {
        List<FieldProblem> problems = new ArrayList<>();
        String n = name.get().trim();
        if (n.isEmpty()) {
            problems.add(new FieldProblem("name", "a name is required"));
        }
        Endpoint prom = endpoint("prometheus", prometheusUrl.get(), prometheusCredential.get(), problems);
        Endpoint logsEndpoint = endpoint("logs", logsUrl.get(), logsCredential.get(), problems);
        Endpoint alertEndpoint = endpoint("alerting", alertingUrl.get(), alertingCredential.get(), problems);
        AlertProvider provider = alertProvider.get() == null ? AlertProvider.NONE : alertProvider.get();
        if (provider != AlertProvider.NONE && alertEndpoint == null && alertingUrl.get().isBlank()) {
            problems.add(new FieldProblem("alerting.url", "a URL is required for " + provider.key()));
        }
        if (!problems.isEmpty()) {
            return new Parsed(null, problems);
        }
        String context = kubeContext.get().trim();
        LogSettings logs = logsEndpoint == null ? null : logsKept == null
                ? new LogSettings(logsEndpoint, logsIndexPattern.get().trim())
                : logsKept.withEndpoint(logsEndpoint, logsIndexPattern.get().trim());
        AlertingSettings alerting = provider == AlertProvider.NONE ? AlertingSettings.NONE : new AlertingSettings(provider, alertEndpoint, alertingQuery.get());
        Environment env = new Environment(n, tier.get(), false, context.isEmpty() ? null : context,
                prom, logs, alerting, services);
        return new Parsed(env, List.of());
    }

    private static Endpoint endpoint(String field, String url, String credential, List<FieldProblem> problems) {
        String u = url == null ? "" : url.trim();
        if (u.isEmpty()) {
            return null;
        }
        Optional<String> problem = EnvironmentValidator.urlProblem(u);
        if (problem.isPresent()) {
            problems.add(new FieldProblem(field + ".url", problem.get()));
            return null;
        }
        String c = credential == null ? "" : credential.trim();
        return new Endpoint(URI.create(u), c.isEmpty() ? null : c);
    }
}
