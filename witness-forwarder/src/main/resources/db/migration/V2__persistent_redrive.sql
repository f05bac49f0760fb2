-- A re-drive is requested on whichever instance the operator reaches, but only the leader's push
-- worker delivers: the request is kept on the parked rows themselves, so it survives a restart or
-- a change of leader. Set on the open rows by POST .../parked/redrive; the worker re-drives while
-- any open row carries it, and clears it if the re-drive fails (the rows stay parked, as before).
-- (Read through parked_delta_open: a witness has few open parked rows.)
alter table parked_delta add column redrive_requested_at timestamptz;
