package dev.vigil.connectors.kubernetes;

/** The answer of a SelfSubjectAccessReview: allowed, or not with the reason to show on the disabled action. */
public record AccessDecision(boolean allowed, String reason) {

    public static AccessDecision allow() {
        return new AccessDecision(true, "");
    }

    public static AccessDecision deny(String reason) {
        return new AccessDecision(false, reason);
    }
}
