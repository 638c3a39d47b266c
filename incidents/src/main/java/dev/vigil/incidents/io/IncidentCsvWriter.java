package dev.vigil.incidents.io;

import dev.vigil.incidents.Incident;
import dev.vigil.incidents.TimelineEvent;
import dev.vigil.incidents.store.ExportedIncident;

import java.io.PrintStream;
import java.util.List;

/** Writes incidents as the import CSV, one timeline event a row, so an export imports back unchanged. */
public final class IncidentCsvWriter {

    private IncidentCsvWriter() {
    }

    public static void write(List<ExportedIncident> incidents, PrintStream out) {
        out.print(String.join(",", IncidentFileReader.REQUIRED) + "," + String.join(",", IncidentFileReader.OPTIONAL) + "\n");
        StringBuilder line = new StringBuilder(160);
        for (ExportedIncident x : incidents) {
            Incident i = x.incident();
            String prefix = CsvText.escape(i.id()) + "," + CsvText.escape(i.service()) + "," + i.severity().name()
                    + "," + CsvText.escape(i.title()) + ",";
            for (TimelineEvent e : x.timeline()) {
                line.setLength(0);
                line.append(prefix).append(e.kind().key()).append(',').append(e.at()).append(',')
                        .append(CsvText.escape(e.author())).append(',').append(CsvText.escape(e.text())).append(',')
                        .append(e.source().key()).append('\n');
                out.print(line);
            }
        }
    }
}
