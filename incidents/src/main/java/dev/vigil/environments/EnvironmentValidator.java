package dev.vigil.environments;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules an environment must follow, in one place: the Settings form checks a candidate with
 * {@link #validate}, a form field checks its raw text with the {@code ...Problem} methods, and the
 * environments file loader applies the same methods to each value it reads.
 */
public final class EnvironmentValidator {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-_.]{0,62}");
    private static final Pattern CREDENTIAL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/@-]{0,127}");

    private EnvironmentValidator() {
    }

    /**
     * Every problem of {@code candidate}, field by field. {@code others} are the environments it must not
     * clash with: pass the list without the one being edited. Built-in demo environments are ignored,
     * because a file environment named "demo" replaces the built-in one.
     */
    public static List<FieldProblem> validate(Environment candidate, List<Environment> others) {
        List<FieldProblem> problems = new ArrayList<>();
        nameProblem(candidate.name()).ifPresent(m -> problems.add(new FieldProblem("name", m)));
        if (others.stream().anyMatch(o -> !o.demo() && o.name().equals(candidate.name()))) {
            problems.add(new FieldProblem("name", duplicateEnvironmentMessage(candidate.name())));
        }
        if (candidate.prometheus() != null) {
            endpoint("prometheus", candidate.prometheus(), problems);
        }
        if (candidate.logs() != null) {
            endpoint("logs", candidate.logs().endpoint(), problems);
            indexPatternProblem(candidate.logs().indexPattern())
                    .ifPresent(m -> problems.add(new FieldProblem("logs.indexPattern", m)));
        }
        AlertingSettings alerting = candidate.alerting();
        if (alerting.endpoint() != null) {
            endpoint("alerting", alerting.endpoint(), problems);
        }
        alertingEndpointProblem(alerting.provider(), alerting.endpoint() != null)
                .ifPresent(m -> problems.add(new FieldProblem("alerting.url", m)));
        services(candidate.services(), problems);
        return List.copyOf(problems);
    }

    /** Environment names: lowercase, usable in file names, URLs and command lines. */
    public static Optional<String> nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("name is required");
        }
        if (!NAME.matcher(name).matches()) {
            return Optional.of("name '" + name + "' must be 1 to 63 characters: lowercase letters, digits, '-', '_' or '.',"
                    + " starting with a letter or digit");
        }
        return Optional.empty();
    }

    /** Endpoint URLs as typed: http or https, with a host, without a password in them. */
    public static Optional<String> urlProblem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("URL is required");
        }
        try {
            return urlProblem(new URI(text.trim()));
        } catch (URISyntaxException e) {
            return Optional.of("'" + text + "' is not a valid URL: " + e.getReason());
        }
    }

    public static Optional<String> urlProblem(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("URL '" + url + "' must start with http:// or https://");
        }
        if (url.getHost() == null || url.getHost().isBlank()) {
            return Optional.of("URL '" + url + "' has no host");
        }
        return InlineSecrets.inUrl(url.toString());
    }

    /** Credential names (optional): the name of a secret in the OS keychain, never the secret. */
    public static Optional<String> credentialProblem(String credential) {
        if (credential == null) {
            return Optional.empty();
        }
        if (!CREDENTIAL.matcher(credential).matches()) {
            // The value is not echoed: if it fails this rule it may well be a pasted secret.
            return Optional.of("credential must be the name of a secret in the OS keychain"
                    + " (letters, digits and . _ - / : @, no spaces), never the secret itself");
        }
        return Optional.empty();
    }

    public static Optional<String> indexPatternProblem(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            return Optional.of("index pattern must not be empty (e.g. logs-*)");
        }
        if (pattern.chars().anyMatch(Character::isWhitespace)) {
            return Optional.of("index pattern '" + pattern + "' must not contain spaces");
        }
        return Optional.empty();
    }

    public static Optional<String> availabilityTargetProblem(double target) {
        if (!(target > 0 && target < 1)) {
            return Optional.of("availability target must be between 0 and 1, exclusive (e.g. 0.999 for 99.9 %), got " + target);
        }
        return Optional.empty();
    }

    /** The incident store: a JDBC URL, without a password (the console asks the keychain for it). */
    public static Optional<String> storeUrlProblem(String url) {
        if (url == null || url.isBlank() || !url.startsWith("jdbc:")) {
            return Optional.of("store must be a JDBC URL such as jdbc:postgresql://host:5432/vigil or jdbc:sqlite:/path/incidents.db");
        }
        return InlineSecrets.inUrl(url);
    }

    /** Opsgenie, JSM and Alertmanager are reached over HTTP; "none" has nothing to reach. */
    static Optional<String> alertingEndpointProblem(AlertProvider provider, boolean hasUrl) {
        if (provider == AlertProvider.NONE && hasUrl) {
            return Optional.of("alerting has a url but provider none; name the provider (opsgenie, jsm or alertmanager)");
        }
        if (provider != AlertProvider.NONE && !hasUrl) {
            return Optional.of("alerting provider " + provider.key() + " needs a url");
        }
        return Optional.empty();
    }

    static String duplicateEnvironmentMessage(String name) {
        return "another environment is already named '" + name + "'";
    }

    static String duplicateServiceMessage(String name) {
        return "service '" + name + "' is listed twice in this environment";
    }

    private static void endpoint(String field, Endpoint endpoint, List<FieldProblem> problems) {
        urlProblem(endpoint.url()).ifPresent(m -> problems.add(new FieldProblem(field + ".url", m)));
        credentialProblem(endpoint.credential()).ifPresent(m -> problems.add(new FieldProblem(field + ".credential", m)));
    }

    private static void services(List<ServiceSpec> services, List<FieldProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (ServiceSpec s : services) {
            String field = "services[" + s.name() + "]";
            if (!seen.add(s.name())) {
                problems.add(new FieldProblem(field + ".name", duplicateServiceMessage(s.name())));
            }
            if (s.availabilityTarget() != null) {
                availabilityTargetProblem(s.availabilityTarget())
                        .ifPresent(m -> problems.add(new FieldProblem(field + ".availabilityTarget", m)));
            }
        }
    }
}
