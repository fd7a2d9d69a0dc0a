# An unknown format is refused with a suggestion.
args: check tests/cli/data/batch/a-good.xml --rules tests/cli/data/pack-mini --format sarf
exit: 2
