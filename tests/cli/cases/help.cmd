# The top-level help lists the subcommands and the exit codes.
args: --help
exit: 0
