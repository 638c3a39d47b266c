package dev.vigil.views.cluster;

import dev.vigil.connectors.kubernetes.PodSummary;
import dev.vigil.views.common.KeyedRows;

/** The pods of the table, keyed by "namespace/name", changed only in whole batches (see {@link KeyedRows}). */
final class PodRows extends KeyedRows<PodSummary> {

    PodRows() {
        super(PodSummary::key);
    }

    void clear0() {
        clearRows();
    }
}
