-- The witness log. leaf, subtree, checkpoint, rollup and push_batch are evidence: once written, a row is never
-- changed or removed, and the database itself refuses it (trigger below), so neither a bug in the service nor an
-- operator's stray statement can rewrite history. Such a rewrite would anyway be caught by any verifier holding an
-- older checkpoint (consistency proofs), but refusing it keeps the firm from signing a forked log at all.

create table leaf (
    leaf_index      bigint primary key check (leaf_index >= 0),
    delta_id        text not null unique,
    hash            char(64) not null,
    status          text not null check (status in ('VALID', 'REVOKED', 'SUPERSEDED', 'EXPIRED', 'DELETED')),
    issuer_id       text,
    issuer_sequence bigint not null,
    -- The exact UTF-8 text whose RFC 6962 leaf hash is in the tree.
    leaf_data       text not null,
    witnessed_at    timestamptz not null,
    source          text not null check (source in ('push', 'pull'))
);
create index leaf_by_hash on leaf (hash, leaf_index);

-- Perfect subtrees only (level 0 = leaf hashes); every root and proof is computed from these.
create table subtree (
    level int not null,
    idx   bigint not null,
    hash  bytea not null,
    primary key (level, idx)
);

create table checkpoint (
    tree_size  bigint primary key,
    root_hash  bytea not null,
    note       text not null,
    created_at timestamptz not null default now()
);

create table rollup (
    id         bigserial primary key,
    tree_size  bigint not null references checkpoint (tree_size),
    root_hash  bytea not null,
    note       text not null,
    created_at timestamptz not null default now(),
    -- The public chain's receipt (e.g. an OpenTimestamps .ots, base64); null while no chain is configured.
    anchor     text
);

-- Every accepted push, raw: the forwarder's signed evidence of what it sent, and the replay guard.
create table push_batch (
    signature         text primary key,
    witness_timestamp bigint not null,
    received_at       timestamptz not null default now(),
    body              text not null
);

-- Where each followed feed stands; moved in the transaction that appends the lines it covers. Mutable by design.
create table pull_cursor (
    feed_url   text primary key,
    cursor     text not null,
    updated_at timestamptz not null default now()
);

create function refuse_rewrite() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger leaf_append_only before update or delete on leaf
    for each row execute function refuse_rewrite();
create trigger leaf_no_truncate before truncate on leaf
    for each statement execute function refuse_rewrite();
create trigger subtree_append_only before update or delete on subtree
    for each row execute function refuse_rewrite();
create trigger subtree_no_truncate before truncate on subtree
    for each statement execute function refuse_rewrite();
create trigger checkpoint_append_only before update or delete on checkpoint
    for each row execute function refuse_rewrite();
create trigger checkpoint_no_truncate before truncate on checkpoint
    for each statement execute function refuse_rewrite();
create trigger rollup_append_only before update or delete on rollup
    for each row execute function refuse_rewrite();
create trigger rollup_no_truncate before truncate on rollup
    for each statement execute function refuse_rewrite();
create trigger push_batch_append_only before update or delete on push_batch
    for each row execute function refuse_rewrite();
create trigger push_batch_no_truncate before truncate on push_batch
    for each statement execute function refuse_rewrite();
