-- Requests allow 200 characters in a credential's code and level (a text line); the columns held 100,
-- so a longer value passed validation and then failed the insert.
alter table credential alter column credential_code type varchar(200), alter column level type varchar(200);
