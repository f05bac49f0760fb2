-- Witnesses learn of expiry from an Expired event; this marks the credentials whose event is written.
alter table credential add column expiry_recorded_at timestamptz;
create index credential_lapse_due on credential (valid_until)
    where state = 'VALID' and valid_until is not null and expiry_recorded_at is null;
