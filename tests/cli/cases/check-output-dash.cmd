# "-o -" is standard output, not a file named "-".
args: check tests/cli/data/batch/a-good.xml --rules tests/cli/data/pack-mini --no-color -o -
exit: 0
