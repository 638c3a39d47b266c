package dev.vigil.environments;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Spots secrets written into the environments file, which is shared, backed up and committed to
 * dotfile repositories: secrets belong in the OS keychain, and the file only names them.
 */
final class InlineSecrets {
    static final String ADVICE = "secrets belong in the OS keychain: store it there and give its name as 'credential'";

    private static final List<String> SECRET_WORDS = List.of("password", "passwd", "secret", "token", "apikey", "privatekey");
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)[?&;](password|passwd|pwd|token|apikey)=");

    private InlineSecrets() {
    }

    /** True for keys such as {@code password}, {@code apiKey}, {@code bearer_token}, {@code clientSecret}. */
    static boolean isSecretKey(String key) {
        String k = key.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        return SECRET_WORDS.stream().anyMatch(k::contains);
    }

    /** A message when the URL carries a password ({@code https://user:pw@host}, {@code ?password=...}). */
    static Optional<String> inUrl(String url) {
        String authority = authorityOf(url);
        if (authority != null && authority.contains("@") && authority.substring(0, authority.indexOf('@')).contains(":")) {
            return Optional.of("the URL contains a password; " + ADVICE);
        }
        if (PASSWORD_PARAMETER.matcher(url).find()) {
            return Optional.of("the URL contains a password or token parameter; " + ADVICE);
        }
        return Optional.empty();
    }

    private static String authorityOf(String url) {
        // JDBC URLs ("jdbc:postgresql://...") are not hierarchical URIs until the prefix is dropped.
        String u = url.startsWith("jdbc:") ? url.substring(5) : url;
        try {
            return URI.create(u).getRawAuthority();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
