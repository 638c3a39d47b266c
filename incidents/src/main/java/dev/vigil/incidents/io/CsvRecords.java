package dev.vigil.incidents.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV one record at a time: quoted fields may hold commas, doubled quotes and line breaks.
 * Each record knows the line it started on, so errors can name it.
 */
final class CsvRecords {

    record CsvRecord(int line, List<String> fields) {
    }

    private final Reader in;
    private int line = 1;
    private int pushedBack = -2;

    CsvRecords(Reader in) {
        this.in = in;
    }

    /** The next record, or null at the end of the input. Blank lines are skipped. */
    CsvRecord next() throws IOException {
        while (true) {
            int start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false, any = false;
            int ch;
            while (true) {
                ch = read();
                if (ch < 0) {
                    break;
                }
                any = true;
                if (quoted) {
                    if (ch == '"') {
                        int nextCh = read();
                        if (nextCh == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            unread(nextCh);
                        }
                    } else {
                        if (ch == '\n') {
                            line++;
                        }
                        field.append((char) ch);
                    }
                } else if (ch == '"' && field.isEmpty()) {
                    quoted = true;
                } else if (ch == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (ch == '\n') {
                    line++;
                    break;
                } else if (ch != '\r') {
                    field.append((char) ch);
                }
            }
            if (!any) {
                return null;
            }
            fields.add(field.toString());
            if (fields.size() == 1 && fields.getFirst().isBlank()) {
                if (ch < 0) {
                    return null;
                }
                continue;
            }
            return new CsvRecord(start, fields);
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    private void unread(int c) {
        pushedBack = c;
    }
}
