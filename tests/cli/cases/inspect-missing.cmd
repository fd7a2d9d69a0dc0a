# a file that does not exist: the error on stderr, exit 2
args: inspect tests/cli/data/inspect-no-such-file.xml
exit: 2
