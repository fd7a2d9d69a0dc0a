# Each check flag is documented once, in its CLI11 description.
args: check --help
exit: 0
