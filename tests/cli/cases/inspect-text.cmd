# concord inspect: metadata, counts, outline with ids and line:col, definitions, suppressions
args: inspect tests/cli/data/inspect-statute.xml
exit: 0
