# concord inspect --format json: the concord-inspect/1 object of docs/formats.md
args: inspect tests/cli/data/inspect-statute.xml --format json
exit: 0
