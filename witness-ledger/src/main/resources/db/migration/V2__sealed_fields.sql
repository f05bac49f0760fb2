-- Leaves show part of their delta and seal the rest (revocation reason, related hash, exact times, unknown
-- fields) under a salted SHA-256 commitment. The opening of that commitment is kept here, beside the leaf, and shown
-- only to auditors. Leaves written before sealing hold the whole delta and have no opening. Adding a nullable column
-- rewrites no row, and the leaf's triggers keep refusing every later change to it.
alter table leaf add column opening text;
