package dev.vigil.incidents.io;

import dev.vigil.incidents.store.ImportedIncident;

import java.util.List;

/** What a file held: the incidents that keep every rule, and the rejections, in file order. */
public record ParsedImport(List<ImportedIncident> incidents, List<Rejection> rejections) {
    public ParsedImport {
        incidents = List.copyOf(incidents);
        rejections = List.copyOf(rejections);
    }

    public int eventCount() {
        return incidents.stream().mapToInt(i -> i.events().size()).sum();
    }
}
