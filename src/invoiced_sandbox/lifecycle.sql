-- Tables of the billing lifecycle and the sandbox controls (spec/sandbox.yaml),
-- kept apart from schema.sql: they are created if missing on every start, so
-- adding them needs no schema version. Each has a `business` column, which is
-- how reset and snapshots find a business's rows in every table.

-- A business's test clock; no row means it follows real time.
CREATE TABLE IF NOT EXISTS sandbox_clocks (
    business INTEGER PRIMARY KEY REFERENCES businesses (id),
    now INTEGER NOT NULL
);

-- Every event run, by key (`renew:<subscription>:<period>`, `retry:<invoice>:<n>`, ...):
-- inserting the key in the event's own transaction is what keeps two processes
-- sharing the file from running one event twice.
CREATE TABLE IF NOT EXISTS sandbox_events (
    business INTEGER NOT NULL REFERENCES businesses (id),
    key TEXT NOT NULL,
    at INTEGER NOT NULL,
    PRIMARY KEY (business, key)
);

-- How many billing periods of a subscription have been invoiced.
CREATE TABLE IF NOT EXISTS sandbox_billing (
    subscription INTEGER PRIMARY KEY REFERENCES subscriptions (id) ON DELETE CASCADE,
    business INTEGER NOT NULL REFERENCES businesses (id),
    periods_billed INTEGER NOT NULL
);

-- Declined charges of an invoice and when the next attempt is due (NULL: no more).
CREATE TABLE IF NOT EXISTS sandbox_dunning (
    invoice INTEGER PRIMARY KEY REFERENCES invoices (id) ON DELETE CASCADE,
    business INTEGER NOT NULL REFERENCES businesses (id),
    failures INTEGER NOT NULL,
    next_attempt INTEGER
);
CREATE INDEX IF NOT EXISTS sandbox_dunning_business ON sandbox_dunning (business, next_attempt);

-- Succeeded charges per card, for the card that succeeds once then declines.
CREATE TABLE IF NOT EXISTS sandbox_card_charges (
    card INTEGER PRIMARY KEY,
    business INTEGER NOT NULL REFERENCES businesses (id),
    succeeded INTEGER NOT NULL
);

-- Saved copies of a business's rows, as JSON, by name.
CREATE TABLE IF NOT EXISTS sandbox_snapshots (
    business INTEGER NOT NULL REFERENCES businesses (id),
    name TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (business, name)
);
