-- One database per owner; no service reads another's.
create database issuer;
create database registry;
create database forwarder;
create database talent;
create database ledger_uk_witness;
create database ledger_us_witness;
