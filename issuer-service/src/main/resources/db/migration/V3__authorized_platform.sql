-- The training platforms an issuer lets issue in its name through training.completions.
create table authorized_platform (
    issuer_id      varchar(64)  not null references issuer (id),
    platform_id    varchar(64)  not null,
    authorized_at  timestamptz  not null,
    primary key (issuer_id, platform_id)
);
