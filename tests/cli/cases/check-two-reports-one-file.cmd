# Two reports to one file are refused.
args: check tests/cli/data/batch/a-good.xml --rules tests/cli/data/pack-mini --format json --output {tmp}/r --report sarif={tmp}/r
exit: 2
