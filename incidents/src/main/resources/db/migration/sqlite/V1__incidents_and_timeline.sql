-- Incidents and their timelines. Instants are epoch milliseconds (UTC).
-- detected_at, impact_start_at, downtime_end_at and status are derived from the timeline and kept
-- in step by the store on every write, so reports can pick their incidents with indexed SQL.
CREATE TABLE incidents (
    id              TEXT    NOT NULL PRIMARY KEY,
    title           TEXT    NOT NULL,
    service         TEXT    NOT NULL,
    severity        TEXT    NOT NULL,
    environment     TEXT,
    status          TEXT    NOT NULL,
    detected_at     INTEGER,
    impact_start_at INTEGER,
    downtime_end_at INTEGER,
    created_at      INTEGER NOT NULL
);
CREATE INDEX incidents_detected ON incidents (detected_at);
CREATE INDEX incidents_service ON incidents (service);
CREATE INDEX incidents_outage ON incidents (severity, downtime_end_at);

CREATE TABLE timeline_events (
    id          INTEGER NOT NULL PRIMARY KEY,
    incident_id TEXT    NOT NULL REFERENCES incidents (id),
    kind        TEXT    NOT NULL,
    occurred_at INTEGER NOT NULL,
    author      TEXT,
    body        TEXT,
    source      TEXT    NOT NULL,
    recorded_at INTEGER NOT NULL
);
CREATE INDEX timeline_events_incident ON timeline_events (incident_id, occurred_at);

-- An edited instant keeps its history here; the event row holds the current value.
CREATE TABLE event_edits (
    id          INTEGER NOT NULL PRIMARY KEY,
    event_id    INTEGER NOT NULL REFERENCES timeline_events (id),
    previous_at INTEGER NOT NULL,
    new_at      INTEGER NOT NULL,
    edited_by   TEXT,
    edited_at   INTEGER NOT NULL
);
CREATE INDEX event_edits_event ON event_edits (event_id);

-- One row; every write transaction bumps it, so another process notices changes with one cheap query.
CREATE TABLE store_revision (
    id       INTEGER NOT NULL PRIMARY KEY,
    revision INTEGER NOT NULL
);
INSERT INTO store_revision (id, revision) VALUES (1, 0);
