-- Our issuers and where their credentials verify, from the compacted issuers topic.
create table issuer (
    issuer_id  text primary key,
    domain     text not null,
    base_path  text not null,
    updated_at timestamptz not null
);
create index issuer_domain on issuer (domain);

-- The status stream's latest word on every hash: public facts, no personal data (what a witness firm receives).
create table credential_facts (
    hash            char(64) primary key,
    issuer_id       text not null,
    issuer_domain   text not null,
    state           text not null,
    document_type   text not null,
    credential_code text,
    level           text,
    issued_at       timestamptz not null,
    valid_until     date,
    changed_at      timestamptz not null,
    issuer_sequence bigint not null
);
create index credential_facts_code on credential_facts (lower(credential_code));

-- A holder's portfolio: personal data, held only with consent and erased with the portfolio. A holder who opts in
-- to be found has a random discovery id: searchers see it, never the portfolio's id or token.
create table portfolio (
    id           uuid primary key,
    token_digest bytea not null unique,
    discovery_id text unique,
    created_at   timestamptz not null
);

create table holding (
    portfolio_id      uuid not null references portfolio (id) on delete cascade,
    hash              char(64) not null,
    verify_line       text not null,
    issuer_id         text not null,
    title             text,
    credits           numeric(8, 2),
    credit_unit       text,
    category          text,
    text              text,
    status_when_added text not null,
    added_at          timestamptz not null,
    primary key (portfolio_id, hash)
);
create index holding_hash on holding (hash);

-- A withdrawn link is deleted: nothing of it is kept.
create table share_link (
    id           text primary key,
    portfolio_id uuid not null references portfolio (id) on delete cascade,
    created_at   timestamptz not null
);
create index share_link_portfolio on share_link (portfolio_id);

-- Pathways (stacks) issuers publish through the operator; steps as JSON [{"credentialCode":..,"title":..}].
create table pathway (
    id         text primary key,
    name       text not null,
    steps      text not null,
    updated_at timestamptz not null
);

-- The attestors a holder names for a held peer attestation: each by the hash of their own credential, which must be
-- one the status stream carried. Erased with the holding (and so with the portfolio).
create table attestor (
    portfolio_id    uuid not null,
    hash            char(64) not null,
    position        int not null,
    credential_hash char(64) not null,
    relationship    text not null,
    claim           text not null,
    primary key (portfolio_id, hash, position),
    foreign key (portfolio_id, hash) references holding (portfolio_id, hash) on delete cascade
);
