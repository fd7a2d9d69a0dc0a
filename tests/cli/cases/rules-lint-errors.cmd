# Structural errors in a pack: unknown concept, duplicate rule id, bad unit and value.
args: rules lint tests/cli/data/pack-errors
exit: 2
