"""Pure domain rules: no I/O, no database, no web. Readable beside the regulations."""
