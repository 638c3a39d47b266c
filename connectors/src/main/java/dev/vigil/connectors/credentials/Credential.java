package dev.vigil.connectors.credentials;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** What goes into the {@code Authorization} header; toString never shows the secret. */
public sealed interface Credential {

    String authorizationHeader();

    record Bearer(String token) implements Credential {
        @Override
        public String authorizationHeader() {
            return "Bearer " + token;
        }

        @Override
        public String toString() {
            return "Bearer[***]";
        }
    }

    record Basic(String user, String password) implements Credential {
        @Override
        public String authorizationHeader() {
            return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return "Basic[" + user + ":***]";
        }
    }
}
