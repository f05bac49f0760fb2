-- The feed index: every status delta once, in the order the single feed consumer inserted it.
-- position is the cursor of both push and pull delivery; one inserting thread keeps it gap-safe
-- (a reader never sees position n+1 committed before n).
create table feed_delta (
    position      bigserial primary key,
    delta_id      text        not null unique,
    hash          text        not null,
    issuer_id     text        not null,
    issuer_sequence bigint    not null,
    jurisdictions text[]      not null,
    changed_at    timestamptz not null,
    indexed_at    timestamptz not null default now(),
    delta_json    text        not null
);
create index feed_delta_jurisdictions on feed_delta using gin (jurisdictions);

-- push_secret is kept as-is because it signs every batch: protect it with encryption at rest
-- (encrypted volume or database). The feed token is kept only as its SHA-256.
create table witness (
    id                text primary key,
    display_name      text        not null,
    jurisdictions     text[]      not null,
    push_url          text,
    push_secret       text,
    feed_token_sha256 text unique,
    registered_at     timestamptz not null default now(),
    check ((push_url is null) = (push_secret is null)),
    check (push_url is not null or feed_token_sha256 is not null)
);

-- Highest position acknowledged (push) or fetched (pull) per witness.
create table push_cursor (
    witness_id text primary key references witness (id),
    position   bigint not null default 0
);
create table pull_cursor (
    witness_id text primary key references witness (id),
    position   bigint not null default 0
);

-- Deltas a push witness did not accept within park-after. Rows stay after a re-drive, for audit.
create table parked_delta (
    witness_id  text        not null references witness (id),
    position    bigint      not null,
    delta_id    text        not null,
    hash        text        not null,
    parked_at   timestamptz not null,
    attempts    int         not null,
    last_error  text        not null,
    redriven_at timestamptz,
    primary key (witness_id, position)
);
create index parked_delta_open on parked_delta (witness_id, hash) where redriven_at is null;
