package dev.vigil.incidents.io;

import dev.vigil.incidents.store.ImportOutcome;
import dev.vigil.incidents.store.ImportedIncident;
import dev.vigil.incidents.store.IncidentStore;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Imports a file into a store: validates every incident, then stores the good ones in transactions of
 * {@code batchSize} incidents (large enough to amortise SQLite's fsync, small enough not to hold the
 * write lock for long). The path the CLI's {@code import} and the store benchmark share.
 */
public final class IncidentImporter {

    public static final int DEFAULT_BATCH = 2000;

    private final IncidentStore store;
    private final int batchSize;

    public IncidentImporter(IncidentStore store, int batchSize) {
        this.store = store;
        this.batchSize = batchSize;
    }

    public record Result(ImportOutcome stored, List<Rejection> rejections) {
    }

    public Result importFile(Path file) throws IOException {
        return store(IncidentFileReader.read(file));
    }

    public Result store(ParsedImport parsed) {
        List<ImportedIncident> good = parsed.incidents();
        ImportOutcome total = new ImportOutcome(0, 0, 0);
        for (int from = 0; from < good.size(); from += batchSize) {
            total = total.plus(store.importIncidents(good.subList(from, Math.min(good.size(), from + batchSize))));
        }
        return new Result(total, parsed.rejections());
    }
}
