-- Who holds which role, free tags, and evidence pinned from the live views.
CREATE TABLE incident_roles (
    incident_id TEXT    NOT NULL REFERENCES incidents (id),
    role        TEXT    NOT NULL,
    person      TEXT    NOT NULL,
    assigned_at INTEGER NOT NULL,
    PRIMARY KEY (incident_id, role)
);

CREATE TABLE incident_tags (
    incident_id TEXT NOT NULL REFERENCES incidents (id),
    tag         TEXT NOT NULL,
    PRIMARY KEY (incident_id, tag)
);

CREATE TABLE evidence (
    id          INTEGER NOT NULL PRIMARY KEY,
    incident_id TEXT    NOT NULL REFERENCES incidents (id),
    kind        TEXT    NOT NULL,
    title       TEXT    NOT NULL,
    summary     TEXT,
    source_ref  TEXT,
    pinned_at   INTEGER NOT NULL,
    pinned_by   TEXT
);
CREATE INDEX evidence_incident ON evidence (incident_id);
