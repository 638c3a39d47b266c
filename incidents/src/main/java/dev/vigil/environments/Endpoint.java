package dev.vigil.environments;

import java.net.URI;

/**
 * An HTTP endpoint of an outside system. {@code credential} is the <em>name</em> of a secret kept in
 * the OS keychain, never the secret itself; null when the endpoint needs none.
 */
public record Endpoint(URI url, String credential) {
    public Endpoint {
        if (url == null) {
            throw new IllegalArgumentException("url is required");
        }
    }
}
