# A single file is checked on its own (per-document mode): a conflict and a met norm.
# The conflict is a warning, below the default --fail-on error, so the exit is 0.
args: check tests/cli/data/batch/a-good.xml --rules tests/cli/data/pack-mini --no-color --verbose
exit: 0
