# A missing input is a clear error and exit 2.
args: check tests/cli/data/no-such-file.xml --rules tests/cli/data/pack-mini
exit: 2
