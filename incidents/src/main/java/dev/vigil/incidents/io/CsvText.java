package dev.vigil.incidents.io;

/** How CSV writes a field (RFC 4180): quoted only when it holds a comma, a quote or a line break. */
public final class CsvText {

    private CsvText() {
    }

    public static String escape(String value) {
        if (value == null) {
            return "";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return '"' + value.replace("\"", "\"\"") + '"';
            }
        }
        return value;
    }
}
