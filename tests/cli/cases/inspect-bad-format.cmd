# an unknown --format is a usage error, with a suggestion
args: inspect tests/cli/data/inspect-statute.xml --format jsn
exit: 2
