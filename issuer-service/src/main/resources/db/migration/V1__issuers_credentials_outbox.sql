-- Issuers: where their credentials verify, and how their text is rendered.
create table issuer (
    id              varchar(64)  primary key,
    display_name    varchar(200) not null,
    domain          varchar(253) not null,
    base_path       varchar(200) not null,
    jurisdictions   varchar(500) not null,
    date_style      varchar(8)   not null,
    -- Document types for which the issuer turned the privacy-salt serial line off (comma list).
    serial_off      varchar(500) not null default '',
    -- Last per-issuer event number; incremented under the row lock, so it has no gaps.
    event_sequence  bigint       not null default 0,
    created_at      timestamptz  not null,
    constraint issuer_verify_base_unique unique (domain, base_path)
);

-- API keys: only a SHA-256 of the secret is kept; the secret is shown once.
create table api_key (
    id          varchar(32)  primary key,
    issuer_id   varchar(64)  not null references issuer (id),
    secret_hash char(64)     not null unique,
    label       varchar(100),
    created_at  timestamptz  not null,
    revoked_at  timestamptz
);
create index api_key_issuer on api_key (issuer_id);

-- Credentials. Plaintext and personal data live only here, and erasure nulls them.
create table credential (
    id                uuid         primary key,
    issuer_id         varchar(64)  not null references issuer (id),
    hash              char(64)     not null unique,
    document_type     varchar(32)  not null,
    credential_code   varchar(100),
    level             varchar(100),
    state             varchar(16)  not null,
    reason            varchar(32),
    supersedes        char(64),
    superseded_by     char(64),
    valid_until       date,
    issued_at         timestamptz  not null,
    state_changed_at  timestamptz  not null,
    -- Personal data, nulled on deletion:
    path_segment      varchar(64),
    plain_text        text,
    fields            text
);
create index credential_issuer on credential (issuer_id);

-- A retried POST with the same Idempotency-Key returns the credential it created the first time.
-- request_hash fingerprints method, path and body; erasure nulls it (it is derived from personal data).
create table idempotency_key (
    issuer_id      varchar(64)  not null references issuer (id),
    key            varchar(200) not null,
    request_hash   char(64),
    credential_id  uuid         not null references credential (id),
    created_at     timestamptz  not null,
    primary key (issuer_id, key)
);

-- Transactional outbox: written in the same transaction as the change it describes.
create table outbox_event (
    sequence      bigint       primary key,
    event_id      uuid         not null unique,
    topic         varchar(100) not null,
    message_key   varchar(100) not null,
    event_type    varchar(40)  not null,
    payload       bytea        not null,
    created_at    timestamptz  not null,
    published_at  timestamptz
);
create sequence outbox_event_sequence;
create index outbox_event_unpublished on outbox_event (sequence) where published_at is null;

-- Where the relay's last committed Kafka transaction ended, per partition. After a crash the relay
-- reads from here to the end of each partition to find events that were sent but not marked.
create table outbox_relay_position (
    topic        varchar(100) not null,
    partition    int          not null,
    next_offset  bigint       not null,
    primary key (topic, partition)
);
