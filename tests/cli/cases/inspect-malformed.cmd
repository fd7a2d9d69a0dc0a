# a file that is not well-formed: path:line:col: error: ... on stderr, exit 2
args: inspect tests/cli/data/inspect-malformed.xml
exit: 2
