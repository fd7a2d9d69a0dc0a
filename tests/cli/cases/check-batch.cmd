# One malformed file and one that is not legislation never stop the batch:
# the good file is still checked and reported, and the run exits 2.
args: check tests/cli/data/batch --rules tests/cli/data/pack-mini --no-color
exit: 2
