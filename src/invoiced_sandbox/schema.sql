-- The sandbox's tables. Money is kept in integer cents so sums and sorts are
-- exact; line items, discounts, taxes and addons are stored as the JSON the
-- API returns, because they are only ever read and replaced as a whole.
-- Every business-owned table is indexed on (business, id) so that a page of a
-- list is a range scan of one business's rows.
-- `{portal_url}` is filled in from _portal.py when the schema is applied; a
-- change here needs SCHEMA_VERSION in _store.py raised.

CREATE TABLE IF NOT EXISTS businesses (
    id INTEGER PRIMARY KEY,
    api_key TEXT NOT NULL UNIQUE,
    customer_seq INTEGER NOT NULL DEFAULT 0,
    invoice_seq INTEGER NOT NULL DEFAULT 0
);

-- IDs of objects that live inside JSON columns (line items, discounts, cards...).
CREATE TABLE IF NOT EXISTS counters (
    name TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS customers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    business INTEGER NOT NULL REFERENCES businesses (id),
    number TEXT NOT NULL,
    name TEXT NOT NULL,
    email TEXT,
    type TEXT NOT NULL,
    collection_mode TEXT NOT NULL,
    payment_terms TEXT,
    payment_source TEXT,
    attention_to TEXT,
    address1 TEXT,
    address2 TEXT,
    city TEXT,
    state TEXT,
    postal_code TEXT,
    country TEXT,
    tax_id TEXT,
    phone TEXT,
    other_phone TEXT,
    notes TEXT,
    created_at INTEGER NOT NULL,
    -- The Customer object as the API sends it, rendered by SQLite whenever the
    -- row is written: reads and list pages send it as stored. Building these
    -- objects in Python was most of the cost of a 100-customer page.
    doc TEXT NOT NULL GENERATED ALWAYS AS (json_object(
        'id', id, 'number', number, 'name', name, 'email', email, 'type', type,
        'collection_mode', collection_mode, 'payment_terms', payment_terms,
        'payment_source', json(payment_source), 'attention_to', attention_to,
        'address1', address1, 'address2', address2, 'city', city, 'state', state,
        'postal_code', postal_code, 'country', country, 'tax_id', tax_id, 'phone', phone,
        'other_phone', other_phone, 'notes', notes, 'created_at', created_at,
        'statement_pdf_url', '{portal_url}/statements/' || id || '/pdf'
    )) STORED
);
CREATE INDEX IF NOT EXISTS customers_business ON customers (business, id);
-- Not unique: numbers a client picks may repeat; only auto-assigned ones (see
-- next_number) never do, and this index lets next_number skip taken ones.
CREATE INDEX IF NOT EXISTS customers_number ON customers (business, number);
-- The most common sorts: the index (with the rowid it carries) is the list order.
CREATE INDEX IF NOT EXISTS customers_name ON customers (business, name);

CREATE TABLE IF NOT EXISTS subscriptions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    business INTEGER NOT NULL REFERENCES businesses (id),
    customer INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    plan TEXT NOT NULL,
    start_date INTEGER NOT NULL,
    quantity INTEGER NOT NULL,
    cycles INTEGER,
    addons TEXT NOT NULL,
    discounts TEXT NOT NULL,
    taxes TEXT NOT NULL,
    client_id TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS subscriptions_business ON subscriptions (business, id);
CREATE INDEX IF NOT EXISTS subscriptions_customer ON subscriptions (customer);

CREATE TABLE IF NOT EXISTS invoices (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    business INTEGER NOT NULL REFERENCES businesses (id),
    customer INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    subscription INTEGER,
    number TEXT NOT NULL,
    name TEXT,
    currency TEXT NOT NULL,
    collection_mode TEXT NOT NULL,
    draft INTEGER NOT NULL,
    sent INTEGER NOT NULL,
    closed INTEGER NOT NULL,
    viewed INTEGER NOT NULL DEFAULT 0,
    paid INTEGER NOT NULL,
    pending INTEGER NOT NULL DEFAULT 0,
    chase INTEGER NOT NULL,
    attempt_count INTEGER NOT NULL DEFAULT 0,
    theme TEXT,
    date INTEGER NOT NULL,
    due_date INTEGER,
    payment_terms TEXT,
    items TEXT NOT NULL,
    terms TEXT,
    notes TEXT,
    discounts TEXT NOT NULL,
    taxes TEXT NOT NULL,
    subtotal INTEGER NOT NULL,
    total INTEGER NOT NULL,
    balance INTEGER NOT NULL,
    client_id TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS invoices_business ON invoices (business, id);
CREATE INDEX IF NOT EXISTS invoices_number ON invoices (business, number);
CREATE INDEX IF NOT EXISTS invoices_date ON invoices (business, date);
CREATE INDEX IF NOT EXISTS invoices_customer ON invoices (customer);
CREATE INDEX IF NOT EXISTS invoices_subscription ON invoices (subscription);

CREATE TABLE IF NOT EXISTS transactions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    business INTEGER NOT NULL REFERENCES businesses (id),
    customer INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    invoice INTEGER REFERENCES invoices (id) ON DELETE CASCADE,
    parent_transaction INTEGER REFERENCES transactions (id) ON DELETE CASCADE,
    theme TEXT,
    date INTEGER NOT NULL,
    type TEXT NOT NULL,
    method TEXT NOT NULL,
    status TEXT NOT NULL,
    gateway TEXT,
    gateway_id TEXT,
    currency TEXT NOT NULL,
    amount INTEGER NOT NULL,
    fee INTEGER NOT NULL,
    notes TEXT,
    sent INTEGER NOT NULL DEFAULT 0,
    failure_reason TEXT,
    client_id TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS transactions_business ON transactions (business, id);
CREATE INDEX IF NOT EXISTS transactions_date ON transactions (business, date);
CREATE INDEX IF NOT EXISTS transactions_customer ON transactions (customer);
CREATE INDEX IF NOT EXISTS transactions_invoice ON transactions (invoice);
CREATE INDEX IF NOT EXISTS transactions_parent ON transactions (parent_transaction);

CREATE TABLE IF NOT EXISTS emails (
    id TEXT PRIMARY KEY,
    business INTEGER NOT NULL REFERENCES businesses (id),
    object TEXT NOT NULL,
    object_id INTEGER NOT NULL,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

-- The first response to each Idempotency-Key, replayed for repeats.
CREATE TABLE IF NOT EXISTS idempotency (
    business INTEGER NOT NULL REFERENCES businesses (id),
    key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    status INTEGER NOT NULL,
    location TEXT,
    body BLOB NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (business, key)
);
-- Expired keys are deleted by a range of one business's oldest rows; the index
-- is additive, so databases made before it get it when they are next opened.
CREATE INDEX IF NOT EXISTS idempotency_by_age ON idempotency (business, created_at);
