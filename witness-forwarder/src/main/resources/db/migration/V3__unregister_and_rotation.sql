-- Unregistering a witness keeps its row (ids are never reused, and the cursors and parked rows
-- stay for audit) but wipes its secrets: nothing is pushed to it or served to its token again.
alter table witness add column unregistered_at timestamptz;
alter table witness drop constraint witness_check;
alter table witness drop constraint witness_check1;
alter table witness add constraint witness_push_secret_with_url
    check (unregistered_at is not null or (push_url is null) = (push_secret is null));
alter table witness add constraint witness_push_or_pull
    check (unregistered_at is not null or push_url is not null or feed_token_sha256 is not null);

-- A rotated feed token stays valid beside its successor until previous_feed_token_until, so the
-- witness can switch without a gap.
alter table witness add column previous_feed_token_sha256 text unique;
alter table witness add column previous_feed_token_until timestamptz;
