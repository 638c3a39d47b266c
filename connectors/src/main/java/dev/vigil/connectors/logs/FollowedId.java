package dev.vigil.connectors.logs;

/** What a request's story is followed by: the trace id every hop logs, or the client id of whoever sent it. */
public enum FollowedId {
    TRACE("trace"),
    CLIENT("client");

    private final String word;

    FollowedId(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
