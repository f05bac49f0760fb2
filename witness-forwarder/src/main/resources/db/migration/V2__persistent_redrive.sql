-- A re-drive is requested on whichever instance the operator reaches, but only the leader's push
-- worker delivers: the request is kept on the parked rows themselves, so it survives a restart or
-- a change of leader. Set on the open rows by POST .../parked/redrive; the worker re-drives while
-- any open row carries it, and clears it if the re-drive fails (the rows stay parked, as before).
alter table parked_delta add column redrive_requested_at timestamptz;
create index parked_delta_redrive on parked_delta (witness_id) where redriven_at is null and redrive_requested_at is not null;
